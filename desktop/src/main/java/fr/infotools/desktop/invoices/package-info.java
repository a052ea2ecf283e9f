/**
 * Facturation: drafts and their lines, live totals, issue, PDF, payments and credit
 * notes.
 */
package fr.infotools.desktop.invoices;
