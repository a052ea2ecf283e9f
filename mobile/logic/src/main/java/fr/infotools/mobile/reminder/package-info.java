/**
 * Local reminders before appointments: when each rings, and what to schedule, move or
 * cancel after a synchronisation or a change.
 */
package fr.infotools.mobile.reminder;
