package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.InvoiceDetails;
import fr.infotools.invoicing.InvoiceKind;
import fr.infotools.invoicing.InvoiceLine;
import fr.infotools.invoicing.InvoiceStatus;
import fr.infotools.invoicing.InvoiceSummary;
import fr.infotools.invoicing.Payment;
import fr.infotools.invoicing.PaymentMethod;
import fr.infotools.invoicing.VatBreakdown;
import fr.infotools.shared.Money;

/**
 * Invoices as the API shows them. Amounts are euros with two decimals. Costs and margins
 * are a manager's business: in a sales rep's answers those fields are absent, not null.
 */
final class InvoiceResponses {

	private InvoiceResponses() {
	}

	static BigDecimal amount(Money money) {
		return (money != null) ? money.amount() : null;
	}

	/** An invoice or credit note in a list. */
	record Summary(long id, InvoiceKind kind, String number, InvoiceStatus status, long customerId, String customerName,
			long salesRepId, String salesRepName, Long creditedInvoiceId, LocalDate issueDate, LocalDate dueDate,
			BigDecimal totalExclVat, BigDecimal totalVat, BigDecimal totalInclVat, BigDecimal amountPaid,
			BigDecimal amountCredited, BigDecimal amountDue, boolean overdue, long version) {

		static Summary of(InvoiceSummary invoice, Map<Long, String> userNames) {
			return new Summary(invoice.id(), invoice.kind(), invoice.number(), invoice.status(), invoice.customerId(),
					invoice.customerName(), invoice.salesRepId(), userNames.get(invoice.salesRepId()),
					invoice.creditedInvoiceId(), invoice.issueDate(), invoice.dueDate(), amount(invoice.totalExclVat()),
					amount(invoice.totalVat()), amount(invoice.totalInclVat()), amount(invoice.amountPaid()),
					amount(invoice.amountCredited()), amount(invoice.amountDue()), invoice.overdue(),
					invoice.version());
		}

	}

	/**
	 * One invoice or credit note in full.
	 *
	 * @param creditNotes for an invoice: the credit notes issued against it
	 * @param creditedInvoice for a credit note: the invoice it credits
	 * @param totalCost managers only
	 * @param margin managers only: total excl. VAT less total cost
	 */
	record Detail(long id, InvoiceKind kind, String number, InvoiceStatus status, long customerId, String customerName,
			long salesRepId, String salesRepName, LocalDate issueDate, LocalDate dueDate, int paymentTermsDays,
			String notes, List<Line> lines, List<VatLine> vatBreakdown, BigDecimal totalExclVat, BigDecimal totalVat,
			BigDecimal totalInclVat, BigDecimal amountPaid, BigDecimal amountCredited, BigDecimal amountDue,
			boolean overdue, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal totalCost,
			@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal margin, List<PaymentView> payments,
			List<DocumentRef> creditNotes, DocumentRef creditedInvoice, Instant issuedAt, Instant createdAt,
			Instant updatedAt, long version) {

		static Detail of(InvoiceDetails details, Map<Long, String> userNames, boolean withCosts) {
			Invoice invoice = details.invoice();
			boolean credited = invoice.getKind() == InvoiceKind.INVOICE && invoice.isIssued();
			List<Line> lines = details.lines()
				.stream()
				.map((line) -> Line.of(line,
						credited ? Integer.valueOf(details.credited().quantity(line.getLineNo())) : null, withCosts))
				.toList();
			List<VatLine> vat = details.vat().rates().stream().map(VatLine::of).toList();
			return new Detail(invoice.getId(), invoice.getKind(), invoice.getNumber(), invoice.getStatus(),
					invoice.getCustomerId(), details.buyer().companyName(), invoice.getSalesRepId(),
					userNames.get(invoice.getSalesRepId()), invoice.getIssueDate(), invoice.getDueDate(),
					invoice.getPaymentTermsDays(), invoice.getNotes(), lines, vat, amount(invoice.getTotalExclVat()),
					amount(invoice.getTotalVat()), amount(invoice.getTotalInclVat()), amount(invoice.getAmountPaid()),
					amount(invoice.getAmountCredited()), amount(invoice.amountDue()), details.overdue(),
					withCosts ? amount(invoice.getTotalCost()) : null, withCosts ? amount(invoice.margin()) : null,
					details.payments().stream().map(PaymentView::of).toList(),
					details.creditNotes().stream().map(DocumentRef::of).toList(),
					(details.creditedInvoice() != null) ? DocumentRef.of(details.creditedInvoice()) : null,
					invoice.getIssuedAt(), invoice.getCreatedAt(), invoice.getUpdatedAt(), invoice.getVersion());
		}

	}

	/**
	 * One line.
	 *
	 * @param vatRate the rate in percent (20.00, 10.00, 5.50, 2.10, 0.00)
	 * @param creditedQuantity on an issued invoice: how many units credit notes already
	 * credited
	 * @param unitCost managers only: the cost snapshot taken when the line was added
	 */
	record Line(int lineNo, long productId, String description, int quantity, BigDecimal unitPriceExclVat,
			BigDecimal discountPercent, BigDecimal vatRate, BigDecimal netAmount,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer creditedQuantity,
			@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal unitCost,
			@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal cost,
			@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal margin) {

		static Line of(InvoiceLine line, Integer creditedQuantity, boolean withCosts) {
			return new Line(line.getLineNo(), line.getProductId(), line.getDescription(), line.getQuantity(),
					amount(line.getUnitPriceExclVat()), line.getDiscountPercent(), line.getVatRate().percent(),
					amount(line.getNetAmount()), creditedQuantity, withCosts ? amount(line.getUnitCost()) : null,
					withCosts ? amount(line.cost()) : null, withCosts ? amount(line.margin()) : null);
		}

	}

	/** The VAT of one rate: on the sum of the net amounts at that rate. */
	record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {

		static VatLine of(VatBreakdown.RateTotal total) {
			return new VatLine(total.rate().percent(), amount(total.base()), amount(total.vat()));
		}

	}

	/** A payment received. */
	record PaymentView(long id, long invoiceId, BigDecimal amount, LocalDate paidOn, PaymentMethod method,
			String reference, Instant createdAt) {

		static PaymentView of(Payment payment) {
			return new PaymentView(payment.getId(), payment.getInvoiceId(),
					InvoiceResponses.amount(payment.getAmount()), payment.getPaidOn(), payment.getMethod(),
					payment.getReference(), payment.getCreatedAt());
		}

	}

	/** Another document this one refers to. */
	record DocumentRef(long id, InvoiceKind kind, String number, InvoiceStatus status, LocalDate issueDate,
			BigDecimal totalExclVat, BigDecimal totalInclVat) {

		static DocumentRef of(Invoice invoice) {
			return new DocumentRef(invoice.getId(), invoice.getKind(), invoice.getNumber(), invoice.getStatus(),
					invoice.getIssueDate(), amount(invoice.getTotalExclVat()), amount(invoice.getTotalInclVat()));
		}

	}

}
