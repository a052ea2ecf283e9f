package fr.infotools.invoicing;

import java.time.LocalDate;

/**
 * What a list of invoices is narrowed to; every criterion is optional.
 *
 * @param status the status
 * @param overdue {@code true}: only invoices issued or partly paid whose due date is past
 * (in Europe/Paris); {@code false}: only the others
 * @param kind invoices or credit notes
 * @param customerId one customer
 * @param salesRepId the sales rep credited with the sale (managers only: a sales rep is
 * always limited to their own customers)
 * @param from first issue date, inclusive
 * @param to last issue date, inclusive
 */
public record InvoiceFilter(InvoiceStatus status, Boolean overdue, InvoiceKind kind, Long customerId, Long salesRepId,
		LocalDate from, LocalDate to) {

}
