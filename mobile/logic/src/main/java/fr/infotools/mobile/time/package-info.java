/**
 * Days, hours and their formatting in the rep's time zone, daylight saving included.
 */
package fr.infotools.mobile.time;
