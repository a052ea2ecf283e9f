/**
 * What the InfoTools Android application does that is not Android: plain Java, unit
 * tested on the JVM, limited to what Android 8.0 (API level 26) offers.
 */
package fr.infotools.mobile;
