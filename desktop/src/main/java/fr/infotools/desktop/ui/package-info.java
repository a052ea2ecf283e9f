/**
 * What every screen shares: messages in the user's language, number and date formats,
 * background calls with a progress indicator, errors in plain words, forms that show the
 * server's field errors next to the fields.
 */
package fr.infotools.desktop.ui;
