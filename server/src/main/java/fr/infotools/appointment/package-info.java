/**
 * Appointments of sales reps with prospects and customers, and the appointment requests
 * sent from the public website that a manager assigns to a rep or rejects.
 */
package fr.infotools.appointment;
