/**
 * The main window: the login, then the screens beside a navigation bar, the progress bar,
 * and the login shown again over the screens when the session is lost.
 */
package fr.infotools.desktop.shell;
