/**
 * The extranet's appointment pages: list, week, detail, booking and changing form, and
 * deletion with confirmation.
 */
package fr.infotools.appointment.web;
