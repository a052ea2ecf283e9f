/** Rendez-vous: every rep's agenda by day or week, booking and editing for any rep. */
package fr.infotools.desktop.appointments;
