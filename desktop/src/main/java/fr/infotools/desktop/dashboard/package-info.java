/** Tableau de bord: the key indicators of a period and the charts behind them. */
package fr.infotools.desktop.dashboard;
