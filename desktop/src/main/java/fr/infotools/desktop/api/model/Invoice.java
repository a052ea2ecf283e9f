package fr.infotools.desktop.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An invoice or credit note with its lines, VAT, totals, payments and credit notes. */
public record Invoice(Long id, InvoiceKind kind, String number, InvoiceStatus status, Long customerId,
		String customerName, Long salesRepId, String salesRepName, LocalDate issueDate, LocalDate dueDate,
		Integer paymentTermsDays, String notes, List<Line> lines, List<VatLine> vatBreakdown, BigDecimal totalExclVat,
		BigDecimal totalVat, BigDecimal totalInclVat, BigDecimal amountPaid, BigDecimal amountCredited,
		BigDecimal amountDue, Boolean overdue, BigDecimal totalCost, BigDecimal margin, List<Payment> payments,
		List<DocumentRef> creditNotes, DocumentRef creditedInvoice, Instant issuedAt, Instant createdAt,
		Instant updatedAt, Long version) {

	public boolean isDraft() {
		return this.status == InvoiceStatus.DRAFT;
	}

	/** A line: price, VAT and cost are copied from the catalogue when it is added. */
	public record Line(Integer lineNo, Long productId, String description, Integer quantity,
			BigDecimal unitPriceExclVat, BigDecimal discountPercent, BigDecimal vatRate, BigDecimal netAmount,
			Integer creditedQuantity, BigDecimal unitCost, BigDecimal cost, BigDecimal margin) {

		public int creditable() {
			return this.quantity - ((this.creditedQuantity != null) ? this.creditedQuantity : 0);
		}

	}

	/** The VAT of one rate. */
	public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {
	}

	/**
	 * Another document: the credit notes of an invoice, or the invoice of a credit note.
	 */
	public record DocumentRef(Long id, InvoiceKind kind, String number, InvoiceStatus status, LocalDate issueDate,
			BigDecimal totalExclVat, BigDecimal totalInclVat) {
	}

}
