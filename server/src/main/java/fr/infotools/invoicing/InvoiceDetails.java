package fr.infotools.invoicing;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one invoice or credit note shows, read in one transaction: its lines and VAT
 * breakdown, its payments, the credit notes issued against it (or, for a credit note, the
 * invoice it credits) and what each line has had credited.
 */
public record InvoiceDetails(Invoice invoice, Buyer buyer, List<InvoiceLine> lines, VatBreakdown vat,
		List<Payment> payments, List<Invoice> creditNotes, Invoice creditedInvoice, CreditedLines credited,
		boolean overdue) {

	static InvoiceDetails of(Invoice invoice, Buyer buyer, List<Payment> payments, List<Invoice> creditNotes,
			Invoice creditedInvoice, LocalDate today) {
		return new InvoiceDetails(invoice, buyer, List.copyOf(invoice.getLines()), invoice.vatBreakdown(),
				List.copyOf(payments), List.copyOf(creditNotes), creditedInvoice, CreditedLines.of(creditNotes),
				invoice.isOverdue(today));
	}

}
