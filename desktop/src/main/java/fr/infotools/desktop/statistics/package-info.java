/**
 * Statistiques: the charts and tables of any period, the PDF report and its sending by
 * e-mail.
 */
package fr.infotools.desktop.statistics;
