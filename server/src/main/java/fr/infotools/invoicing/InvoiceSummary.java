package fr.infotools.invoicing;

import java.time.LocalDate;

import fr.infotools.shared.Money;

/**
 * An invoice or credit note as a list shows it: no lines.
 */
public record InvoiceSummary(long id, InvoiceKind kind, String number, InvoiceStatus status, long customerId,
		String customerName, long salesRepId, Long creditedInvoiceId, LocalDate issueDate, LocalDate dueDate,
		Money totalExclVat, Money totalVat, Money totalInclVat, Money amountPaid, Money amountCredited, Money amountDue,
		boolean overdue, long version) {

	static InvoiceSummary of(Invoice invoice, String customerName, LocalDate today) {
		return new InvoiceSummary(invoice.getId(), invoice.getKind(), invoice.getNumber(), invoice.getStatus(),
				invoice.getCustomerId(), customerName, invoice.getSalesRepId(), invoice.getCreditedInvoiceId(),
				invoice.getIssueDate(), invoice.getDueDate(), invoice.getTotalExclVat(), invoice.getTotalVat(),
				invoice.getTotalInclVat(), invoice.getAmountPaid(), invoice.getAmountCredited(), invoice.amountDue(),
				invoice.isOverdue(today), invoice.getVersion());
	}

}
