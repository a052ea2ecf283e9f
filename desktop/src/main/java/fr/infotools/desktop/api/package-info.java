/**
 * The client of the server's REST API: one HTTP transport that logs in, refreshes the
 * token silently and turns problem documents into exceptions, and one small class per
 * resource. It never touches JavaFX, so every call can be tested without a window.
 */
package fr.infotools.desktop.api;
