/**
 * The rep's agenda as the phone keeps it: appointments, customers and contacts, and the
 * server's rules for an appointment, checked before a change is sent.
 */
package fr.infotools.mobile.agenda;
