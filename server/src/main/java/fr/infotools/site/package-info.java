/**
 * The public website: who Info-Tools is, its flagship products (read by the browser from
 * the public API) and the appointment request form. Pages are plain HTML, CSS and a
 * little JavaScript.
 */
package fr.infotools.site;
