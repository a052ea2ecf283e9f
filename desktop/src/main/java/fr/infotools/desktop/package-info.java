/**
 * InfoTools desktop: the managers' JavaFX application, a client of the server's REST API.
 * Each screen has a view (JavaFX nodes) and a view-model (its logic, testable without a
 * window); {@code api} talks to the server.
 */
package fr.infotools.desktop;
