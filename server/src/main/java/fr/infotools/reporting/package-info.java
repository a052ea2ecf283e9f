/**
 * Statistics for managers: revenue, margin, conversion, appointments and stock figures,
 * computed by the database. Reporting reads the business tables directly (read-only) and
 * owns none.
 */
package fr.infotools.reporting;
