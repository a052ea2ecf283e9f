/**
 * Invoices and credit notes: lines priced from the catalogue with a cost snapshot, VAT
 * per rate, totals to the cent, gap-free yearly numbering, issue (which takes the stock
 * out), payments and credit notes.
 */
package fr.infotools.invoicing;
