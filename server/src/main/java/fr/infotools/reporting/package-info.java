/**
 * Statistics for managers: revenue, margin, conversion, appointments and stock figures,
 * computed by the database; the same figures as a French PDF report with vector charts,
 * and sending that report by e-mail through the mail outbox. Reporting reads the business
 * tables directly (read-only); it owns only the audited record of the reports sent
 * ({@code report_sendings}).
 */
package fr.infotools.reporting;
