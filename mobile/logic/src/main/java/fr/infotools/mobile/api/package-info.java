/**
 * The client of the InfoTools REST API ({@code /api/v1}): login with a rotating refresh
 * token, the rep's profile, appointments, customers and contacts, problems as the server
 * words them, and the JSON mapping of all of it.
 */
package fr.infotools.mobile.api;
