/**
 * The REST API of invoicing: invoices, their lines, issue, payments, credit notes, PDF,
 * and a customer's purchase recap.
 */
package fr.infotools.invoicing.api;
