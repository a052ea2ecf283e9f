package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An invoice or a credit note with its lines. A draft is freely edited; issuing gives it
 * its number and freezes it; afterwards only payments and credit notes act on it. The
 * stored totals are always those of the lines.
 */
@Entity
@Table(name = "invoices")
@Audited
public class Invoice extends AbstractEntity {

	/**
	 * Longest payment term allowed between businesses in France (60 days from the invoice
	 * date).
	 */
	public static final int MAX_PAYMENT_TERMS_DAYS = 60;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private InvoiceKind kind;

	private String number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InvoiceStatus status = InvoiceStatus.DRAFT;

	@Column(nullable = false)
	private long customerId;

	@Column(nullable = false)
	private long salesRepId;

	private Long creditedInvoiceId;

	private LocalDate issueDate;

	private LocalDate dueDate;

	private int paymentTermsDays;

	@Column(nullable = false)
	private Money totalExclVat = Money.ZERO;

	@Column(nullable = false)
	private Money totalVat = Money.ZERO;

	@Column(nullable = false)
	private Money totalInclVat = Money.ZERO;

	@Column(nullable = false)
	private Money totalCost = Money.ZERO;

	@Column(nullable = false)
	private Money amountPaid = Money.ZERO;

	@Column(nullable = false)
	private Money amountCredited = Money.ZERO;

	private String notes;

	private Instant issuedAt;

	@OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<InvoiceLine> lines = new ArrayList<>();

	protected Invoice() {
	}

	Invoice(InvoiceKind kind, long customerId, long salesRepId, int paymentTermsDays) {
		if (paymentTermsDays < 0 || paymentTermsDays > MAX_PAYMENT_TERMS_DAYS) {
			throw new IllegalArgumentException("payment terms must be between 0 and 60 days");
		}
		this.kind = kind;
		this.customerId = customerId;
		this.salesRepId = salesRepId;
		this.paymentTermsDays = paymentTermsDays;
	}

	/**
	 * A credit note for this invoice, in draft, to which the credited lines are then
	 * added.
	 */
	Invoice newCreditNote() {
		if (this.kind != InvoiceKind.INVOICE || !isIssued()) {
			throw new IllegalStateException("Only an issued invoice can be credited");
		}
		Invoice note = new Invoice(InvoiceKind.CREDIT_NOTE, this.customerId, this.salesRepId, 0);
		note.creditedInvoiceId = getId();
		return note;
	}

	/**
	 * A credit note, in draft, for the given quantities of this invoice's lines (line
	 * number → quantity; everything still left to credit when empty), given what earlier
	 * credit notes already credited. Each line of the note keeps the number of the
	 * invoice line it credits. A line credited in several notes never credits more than
	 * it invoiced, neither in quantity nor in amount: the note that takes its last units
	 * credits exactly the rest of its net amount.
	 */
	Invoice creditNote(Map<Integer, Integer> quantities, CreditedLines credited) {
		Invoice note = newCreditNote();
		Map<Integer, Integer> wanted = new TreeMap<>(quantities);
		if (wanted.isEmpty()) {
			this.lines.stream()
				.filter((line) -> credited.left(line) > 0)
				.forEach((line) -> wanted.put(line.getLineNo(), credited.left(line)));
		}
		if (wanted.isEmpty()) {
			throw new BusinessRuleException("invoice.nothing-to-credit", "lines");
		}
		wanted.forEach((lineNo, quantity) -> {
			InvoiceLine original = this.lines.stream()
				.filter((line) -> line.getLineNo() == lineNo)
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("invoice.no-such-line", "lines", lineNo));
			if (quantity == null || quantity <= 0) {
				throw new BusinessRuleException("invoice.credit-quantity", "lines", lineNo);
			}
			int left = credited.left(original);
			if (quantity > left) {
				throw new BusinessRuleException("invoice.credit-remaining", "lines", lineNo, left);
			}
			Money netLeft = original.getNetAmount().minus(credited.net(lineNo));
			Money net = InvoiceLine.net(original.getUnitPriceExclVat(), quantity, original.getDiscountPercent());
			if (quantity == left || net.compareTo(netLeft) > 0) {
				net = netLeft;
			}
			note.lines.add(new InvoiceLine(note, original, quantity, net.isNegative() ? Money.ZERO : net));
		});
		note.recomputeTotals();
		return note;
	}

	InvoiceLine addLine(ProductSnapshot product, int quantity, BigDecimal discountPercent) {
		requireDraft();
		int lineNo = this.lines.stream().mapToInt(InvoiceLine::getLineNo).max().orElse(0) + 1;
		InvoiceLine line = new InvoiceLine(this, lineNo, product, quantity, discountPercent);
		this.lines.add(line);
		recomputeTotals();
		return line;
	}

	void changeLine(int lineNo, int quantity, BigDecimal discountPercent) {
		requireDraft();
		line(lineNo).change(quantity, discountPercent);
		recomputeTotals();
	}

	void removeLine(int lineNo) {
		requireDraft();
		this.lines.remove(line(lineNo));
		recomputeTotals();
	}

	InvoiceLine line(int lineNo) {
		return this.lines.stream()
			.filter((line) -> line.getLineNo() == lineNo)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No line " + lineNo));
	}

	void changeNotes(String notes) {
		requireDraft();
		this.notes = notes;
	}

	/** Changes the payment terms of a draft (the due date follows at issue). */
	void changePaymentTerms(int paymentTermsDays) {
		requireDraft();
		if (paymentTermsDays < 0 || paymentTermsDays > MAX_PAYMENT_TERMS_DAYS) {
			throw new IllegalArgumentException("payment terms must be between 0 and 60 days");
		}
		this.paymentTermsDays = paymentTermsDays;
	}

	/** Numbers and freezes the document; the due date follows from the payment terms. */
	void issue(String number, LocalDate issueDate, Instant at) {
		requireDraft();
		if (this.lines.isEmpty()) {
			throw new IllegalStateException("An invoice without lines cannot be issued");
		}
		this.number = number;
		this.issueDate = issueDate;
		this.dueDate = issueDate.plusDays(this.paymentTermsDays);
		this.issuedAt = at.truncatedTo(ChronoUnit.MICROS);
		this.status = InvoiceStatus.ISSUED;
	}

	/** Records a payment of at most the amount due. */
	void recordPayment(Money amount) {
		requireOpenInvoice();
		if (amount.isNegative() || amount.isZero()) {
			throw new IllegalArgumentException("A payment is a positive amount");
		}
		if (amount.compareTo(amountDue()) > 0) {
			throw new IllegalArgumentException("A payment cannot exceed the amount due");
		}
		this.amountPaid = this.amountPaid.plus(amount);
		updateSettlement();
	}

	/** Takes note of an issued credit note against this invoice. */
	void recordCredit(Money creditedInclVat) {
		recordCredit(creditedInclVat, false);
	}

	/**
	 * Takes note of an issued credit note against this invoice. When the credit notes
	 * have now credited every unit of every line ({@code cancelsAll}), the invoice is
	 * cancelled in full: what it credits is its whole total, even where partial credit
	 * notes, each with its VAT rounded on its own, add up to a cent more or less.
	 */
	void recordCredit(Money creditedInclVat, boolean cancelsAll) {
		requireOpenInvoice();
		if (cancelsAll) {
			this.amountCredited = this.totalInclVat;
		}
		else {
			if (creditedInclVat.compareTo(creditable()) > 0) {
				throw new IllegalArgumentException("A credit note cannot exceed what remains of the invoice");
			}
			this.amountCredited = this.amountCredited.plus(creditedInclVat);
		}
		updateSettlement();
	}

	/** What has not been credited yet (incl. VAT), paid or not. */
	public Money creditable() {
		return this.totalInclVat.minus(this.amountCredited);
	}

	/** What the customer still owes: total incl. VAT less payments and credit notes. */
	public Money amountDue() {
		if (this.kind != InvoiceKind.INVOICE || !isIssued()) {
			return Money.ZERO;
		}
		Money due = this.totalInclVat.minus(this.amountPaid).minus(this.amountCredited);
		return due.isNegative() ? Money.ZERO : due;
	}

	/** Issued, not settled, and past its due date. */
	public boolean isOverdue(LocalDate today) {
		return this.kind == InvoiceKind.INVOICE
				&& (this.status == InvoiceStatus.ISSUED || this.status == InvoiceStatus.PARTIALLY_PAID)
				&& this.dueDate.isBefore(today);
	}

	public boolean isIssued() {
		return this.status != InvoiceStatus.DRAFT;
	}

	public Money margin() {
		return this.totalExclVat.minus(this.totalCost);
	}

	public VatBreakdown vatBreakdown() {
		return VatBreakdown.of(this.lines);
	}

	private void updateSettlement() {
		if (amountDue().isZero()) {
			this.status = this.amountCredited.compareTo(this.totalInclVat) >= 0 ? InvoiceStatus.CREDITED
					: InvoiceStatus.PAID;
		}
		else if (this.amountPaid.isZero()) {
			this.status = InvoiceStatus.ISSUED;
		}
		else {
			this.status = InvoiceStatus.PARTIALLY_PAID;
		}
	}

	private void recomputeTotals() {
		VatBreakdown totals = VatBreakdown.of(this.lines);
		this.totalExclVat = totals.totalExclVat();
		this.totalVat = totals.totalVat();
		this.totalInclVat = totals.totalInclVat();
		this.totalCost = totals.totalCost();
	}

	private void requireDraft() {
		if (this.status != InvoiceStatus.DRAFT) {
			throw new IllegalStateException("Invoice " + this.number + " is issued and can no longer change");
		}
	}

	private void requireOpenInvoice() {
		if (this.kind != InvoiceKind.INVOICE || !isIssued() || this.status == InvoiceStatus.CREDITED) {
			throw new IllegalStateException("Only an issued invoice that is not cancelled takes payments and credits");
		}
	}

	public InvoiceKind getKind() {
		return this.kind;
	}

	public String getNumber() {
		return this.number;
	}

	public InvoiceStatus getStatus() {
		return this.status;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public long getSalesRepId() {
		return this.salesRepId;
	}

	public Long getCreditedInvoiceId() {
		return this.creditedInvoiceId;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public int getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public Money getTotalExclVat() {
		return this.totalExclVat;
	}

	public Money getTotalVat() {
		return this.totalVat;
	}

	public Money getTotalInclVat() {
		return this.totalInclVat;
	}

	public Money getTotalCost() {
		return this.totalCost;
	}

	public Money getAmountPaid() {
		return this.amountPaid;
	}

	public Money getAmountCredited() {
		return this.amountCredited;
	}

	public String getNotes() {
		return this.notes;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public List<InvoiceLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

}
