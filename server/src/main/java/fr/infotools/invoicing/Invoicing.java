package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.Money;
import fr.infotools.shared.NotFoundException;
import fr.infotools.stock.InsufficientStockException;
import fr.infotools.stock.MovementReason;
import fr.infotools.stock.Stock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and credit notes of the customers the current user may see: drafts, issue
 * (number, due date, stock out, prospect converted), payments, credit notes (stock back).
 */
@Service
public class Invoicing {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final int DEFAULT_TERMS_DAYS = 30;

	private final InvoiceRepository invoices;

	private final PaymentRepository payments;

	private final DocumentNumbers numbers;

	private final Customers customers;

	private final Catalog catalog;

	private final Stock stock;

	private final Clock clock;

	Invoicing(InvoiceRepository invoices, PaymentRepository payments, DocumentNumbers numbers, Customers customers,
			Catalog catalog, Stock stock, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.numbers = numbers;
		this.customers = customers;
		this.catalog = catalog;
		this.stock = stock;
		this.clock = clock;
	}

	/**
	 * Opens a draft for a customer; the customer's sales rep is credited with the sale.
	 */
	@Transactional
	public Invoice createDraft(long customerId, Integer paymentTermsDays) {
		Customer customer = this.customers.get(customerId);
		int terms = (paymentTermsDays != null) ? paymentTermsDays : DEFAULT_TERMS_DAYS;
		if (terms < 0 || terms > Invoice.MAX_PAYMENT_TERMS_DAYS) {
			throw new BusinessRuleException("invoice.payment-terms", "paymentTermsDays");
		}
		return this.invoices.save(new Invoice(InvoiceKind.INVOICE, customer.getId(), customer.getOwnerId(), terms));
	}

	@Transactional(readOnly = true)
	public Invoice get(long id) {
		Invoice invoice = this.invoices.findById(id).orElseThrow(() -> new NotFoundException("invoice", id));
		try {
			this.customers.get(invoice.getCustomerId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("invoice", id);
		}
		return invoice;
	}

	@Transactional(readOnly = true)
	public List<Invoice> forCustomer(long customerId) {
		this.customers.get(customerId);
		return this.invoices.findByCustomerIdOrderByIssueDateDescIdDesc(customerId);
	}

	@Transactional(readOnly = true)
	public List<Payment> payments(long invoiceId) {
		get(invoiceId);
		return this.payments.findByInvoiceIdOrderByPaidOnAscIdAsc(invoiceId);
	}

	@Transactional
	public InvoiceLine addLine(long invoiceId, long productId, int quantity, BigDecimal discountPercent) {
		Invoice invoice = editableDraft(invoiceId);
		Product product = this.catalog.get(productId);
		if (!product.isActive()) {
			throw new BusinessRuleException("invoice.product-inactive", "productId", product.getSku());
		}
		checkLine(quantity, discountPercent);
		return invoice.addLine(snapshotOf(product), quantity, discountPercent);
	}

	@Transactional
	public Invoice changeLine(long invoiceId, int lineNo, int quantity, BigDecimal discountPercent) {
		Invoice invoice = editableDraft(invoiceId);
		checkLine(quantity, discountPercent);
		invoice.changeLine(lineNo, quantity, discountPercent);
		return invoice;
	}

	@Transactional
	public Invoice removeLine(long invoiceId, int lineNo) {
		Invoice invoice = editableDraft(invoiceId);
		invoice.removeLine(lineNo);
		return invoice;
	}

	@Transactional
	public void deleteDraft(long invoiceId) {
		this.invoices.delete(editableDraft(invoiceId));
	}

	/** Issues a draft today. */
	@Transactional
	public Invoice issue(long invoiceId) {
		return issue(invoiceId, LocalDate.now(this.clock.withZone(PARIS)));
	}

	/**
	 * Issues a draft on the given date: takes the next number of the year, sets the due
	 * date, takes the stock-managed products out of stock (all or nothing) and converts a
	 * prospect into a customer.
	 */
	@Transactional
	public Invoice issue(long invoiceId, LocalDate issueDate) {
		Invoice invoice = editableDraft(invoiceId);
		if (invoice.getLines().isEmpty()) {
			throw new BusinessRuleException("invoice.no-lines", "lines");
		}
		Instant at = issueInstant(issueDate);
		String number = this.numbers.next(InvoiceKind.INVOICE, issueDate.getYear());
		moveStock(invoice, number, MovementReason.SALE, at);
		invoice.issue(number, issueDate, at);
		this.customers.convertOnFirstInvoice(invoice.getCustomerId(), at);
		return invoice;
	}

	@Transactional
	public Payment recordPayment(long invoiceId, Money amount, LocalDate paidOn, PaymentMethod method,
			String reference) {
		Invoice invoice = get(invoiceId);
		if (invoice.getKind() != InvoiceKind.INVOICE || !invoice.isIssued()) {
			throw new ConflictException("invoice-not-payable", Map.of("status", invoice.getStatus().name()));
		}
		if (amount.compareTo(invoice.amountDue()) > 0 || !(amount.amount().signum() > 0)) {
			throw new BusinessRuleException("invoice.payment-amount", "amount", invoice.amountDue().amount());
		}
		invoice.recordPayment(amount);
		return this.payments.save(new Payment(invoiceId, amount, paidOn, method, reference, this.clock.instant()));
	}

	/**
	 * Issues a credit note for the given quantities of the invoice's lines (line number →
	 * quantity; all lines in full when empty): numbered in its own series, puts the stock
	 * back, and lowers what the customer owes.
	 */
	@Transactional
	public Invoice creditNote(long invoiceId, Map<Integer, Integer> quantitiesByLine, LocalDate issueDate) {
		Invoice invoice = get(invoiceId);
		if (invoice.getKind() != InvoiceKind.INVOICE || !invoice.isIssued()
				|| invoice.getStatus() == InvoiceStatus.CREDITED) {
			throw new ConflictException("invoice-not-creditable", Map.of("status", invoice.getStatus().name()));
		}
		Map<Integer, Integer> wanted = new LinkedHashMap<>(quantitiesByLine);
		if (wanted.isEmpty()) {
			invoice.getLines().forEach((line) -> wanted.put(line.getLineNo(), line.getQuantity()));
		}
		Invoice note = invoice.newCreditNote();
		wanted.forEach((lineNo, quantity) -> {
			InvoiceLine original = lineOf(invoice, lineNo);
			if (quantity <= 0 || quantity > original.getQuantity()) {
				throw new BusinessRuleException("invoice.credit-quantity", "lines", lineNo);
			}
			note.addLine(original.snapshot(), quantity, original.getDiscountPercent());
		});
		if (note.getTotalInclVat().compareTo(invoice.creditable()) > 0) {
			throw new BusinessRuleException("invoice.credit-exceeds", "lines", invoice.creditable().amount());
		}
		this.invoices.save(note);
		Instant at = issueInstant(issueDate);
		String number = this.numbers.next(InvoiceKind.CREDIT_NOTE, issueDate.getYear());
		moveStock(note, number, MovementReason.RETURN, at);
		note.issue(number, issueDate, at);
		invoice.recordCredit(note.getTotalInclVat());
		return note;
	}

	private void moveStock(Invoice document, String number, MovementReason reason, Instant at) {
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		for (InvoiceLine line : document.getLines()) {
			if (this.catalog.get(line.getProductId()).isStockManaged()) {
				quantities.merge(line.getProductId(), line.getQuantity(), Integer::sum);
			}
		}
		if (reason == MovementReason.RETURN) {
			quantities.replaceAll((product, quantity) -> -quantity);
		}
		try {
			this.stock.moveForDocument(quantities, reason, number, at);
		}
		catch (InsufficientStockException ex) {
			throw new ConflictException("insufficient-stock", Map.of("shortages", ex.getShortages()));
		}
	}

	private Invoice editableDraft(long invoiceId) {
		Invoice invoice = get(invoiceId);
		if (invoice.getStatus() != InvoiceStatus.DRAFT) {
			throw new ConflictException("invoice-issued", Map.of("number", invoice.getNumber()), invoice.getNumber());
		}
		return invoice;
	}

	private static InvoiceLine lineOf(Invoice invoice, int lineNo) {
		return invoice.getLines()
			.stream()
			.filter((line) -> line.getLineNo() == lineNo)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("invoice.no-such-line", "lines", lineNo));
	}

	private static void checkLine(int quantity, BigDecimal discountPercent) {
		if (quantity <= 0) {
			throw new BusinessRuleException("invoice.quantity", "quantity");
		}
		if (discountPercent != null
				&& (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new BusinessRuleException("invoice.discount", "discountPercent");
		}
	}

	private static ProductSnapshot snapshotOf(Product product) {
		return new ProductSnapshot(product.getId(), product.getName(), product.getUnitPriceExclVat(),
				product.getVatRate(), product.getPurchaseCost(), product.isStockManaged());
	}

	/**
	 * Issued today: now; issued on another day (back-dated records): that day at 10:00 in
	 * Paris.
	 */
	private Instant issueInstant(LocalDate issueDate) {
		Instant now = this.clock.instant();
		if (issueDate.equals(LocalDate.ofInstant(now, PARIS))) {
			return now;
		}
		return issueDate.atTime(10, 0).atZone(PARIS).toInstant();
	}

}
