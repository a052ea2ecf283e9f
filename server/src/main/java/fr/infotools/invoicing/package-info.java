/**
 * Invoices and credit notes: lines priced from the catalogue with a cost snapshot, VAT
 * per rate, totals to the cent, gap-free yearly numbering, issue (which takes the stock
 * out), payments, credit notes (line by line, never more than was invoiced), the French
 * PDF with its legal mentions, and each customer's purchase recap.
 */
package fr.infotools.invoicing;
