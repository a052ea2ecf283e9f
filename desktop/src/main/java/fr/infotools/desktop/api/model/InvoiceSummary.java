package fr.infotools.desktop.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice or credit note in a list. */
public record InvoiceSummary(Long id, InvoiceKind kind, String number, InvoiceStatus status, Long customerId,
		String customerName, Long salesRepId, String salesRepName, Long creditedInvoiceId, LocalDate issueDate,
		LocalDate dueDate, BigDecimal totalExclVat, BigDecimal totalVat, BigDecimal totalInclVat, BigDecimal amountPaid,
		BigDecimal amountCredited, BigDecimal amountDue, Boolean overdue, Long version) {
}
