/**
 * The REST API of appointments, of the managers' inbox of website requests, of the public
 * request form and of the personal calendar feed.
 */
package fr.infotools.appointment.api;
