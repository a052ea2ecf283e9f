package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductStocking;
import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.Money;
import fr.infotools.shared.NotFoundException;
import fr.infotools.stock.InsufficientStockException;
import fr.infotools.stock.MovementReason;
import fr.infotools.stock.Stock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
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

	private final InvoiceQueries queries;

	private final AccessPolicy access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Invoicing(InvoiceRepository invoices, PaymentRepository payments, DocumentNumbers numbers, Customers customers,
			Catalog catalog, Stock stock, InvoiceQueries queries, AccessPolicy access, Clock clock,
			ApplicationEventPublisher events) {
		this.invoices = invoices;
		this.payments = payments;
		this.numbers = numbers;
		this.customers = customers;
		this.catalog = catalog;
		this.stock = stock;
		this.queries = queries;
		this.access = access;
		this.clock = clock;
		this.events = events;
	}

	/** Today in Paris, the day that counts for issue and due dates. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(PARIS));
	}

	/**
	 * Opens a draft for a customer; the customer's sales rep is credited with the sale.
	 */
	@Transactional
	public Invoice createDraft(long customerId, Integer paymentTermsDays) {
		return createDraft(customerId, paymentTermsDays, null);
	}

	/**
	 * As {@link #createDraft(long, Integer)}, with notes printed on the invoice; a
	 * customer the user may not see is not found.
	 */
	@Transactional
	public Invoice createDraft(long customerId, Integer paymentTermsDays, String notes) {
		Customer customer = this.customers.get(customerId);
		int terms = checkTerms((paymentTermsDays != null) ? paymentTermsDays : DEFAULT_TERMS_DAYS);
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, customer.getId(), customer.getOwnerId(), terms);
		invoice.changeNotes(notes);
		return this.invoices.save(invoice);
	}

	/**
	 * Changes the payment terms and notes of a draft, from the version the client read
	 * (409 if someone changed it meanwhile).
	 */
	@Transactional
	public Invoice updateDraft(long invoiceId, long expectedVersion, int paymentTermsDays, String notes) {
		Invoice invoice = editableDraft(invoiceId);
		invoice.requireVersion(expectedVersion);
		invoice.changePaymentTerms(checkTerms(paymentTermsDays));
		invoice.changeNotes(notes);
		return invoice;
	}

	/**
	 * A page of the invoices and credit notes the current user may see (a sales rep:
	 * those of their own customers), filtered in the database.
	 */
	@Transactional(readOnly = true)
	public Page<InvoiceSummary> search(InvoiceFilter filter, Pageable page) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new BusinessRuleException("invoice.period", "to");
		}
		Optional<Long> scope = this.access.ownerScope();
		InvoiceFilter effective = scope.isPresent() ? new InvoiceFilter(filter.status(), filter.overdue(),
				filter.kind(), filter.customerId(), null, filter.from(), filter.to()) : filter;
		LocalDate today = today();
		Page<Invoice> found = this.invoices
			.findAll(InvoiceSpecifications.matching(effective, scope.orElse(null), today), page);
		Set<Long> customerIds = found.stream().map(Invoice::getCustomerId).collect(Collectors.toSet());
		Map<Long, String> names = this.queries.customerNames(customerIds);
		return found.map((invoice) -> InvoiceSummary.of(invoice, names.get(invoice.getCustomerId()), today));
	}

	/**
	 * The revenue a sales rep invoiced (the invoices and credit notes that name them, as
	 * the dashboard counts a rep's revenue), or for a manager everyone's: issued invoices
	 * less credit notes, excl. VAT, issued between {@code from} and {@code to} (both
	 * included); computed by the database (index on rep and issue date).
	 */
	@Transactional(readOnly = true)
	public Money revenue(LocalDate from, LocalDate to) {
		return this.queries.revenue(this.access.ownerScope().orElse(null), from, to);
	}

	/**
	 * One invoice or credit note with its lines, VAT breakdown, payments and credit
	 * notes.
	 */
	@Transactional(readOnly = true)
	public InvoiceDetails details(long id) {
		Invoice invoice = get(id);
		Buyer buyer = Buyer.of(this.customers.get(invoice.getCustomerId()));
		List<Invoice> notes = (invoice.getKind() == InvoiceKind.INVOICE)
				? this.invoices.findByCreditedInvoiceIdOrderByIdAsc(id) : List.of();
		Invoice credited = (invoice.getCreditedInvoiceId() != null)
				? this.invoices.findById(invoice.getCreditedInvoiceId()).orElse(null) : null;
		return InvoiceDetails.of(invoice, buyer, this.payments.findByInvoiceIdOrderByPaidOnAscIdAsc(id), notes,
				credited, today());
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
		Product product;
		try {
			product = this.catalog.get(productId);
		}
		catch (NotFoundException ex) {
			throw new BusinessRuleException("invoice.product-unknown", "productId", productId);
		}
		if (!product.isActive()) {
			throw new BusinessRuleException("invoice.product-inactive", "productId", product.getSku());
		}
		checkLine(quantity, discountPercent);
		return invoice.addLine(snapshotOf(product), quantity, discountPercent);
	}

	@Transactional
	public Invoice changeLine(long invoiceId, int lineNo, int quantity, BigDecimal discountPercent) {
		Invoice invoice = editableDraft(invoiceId);
		requireLine(invoice, lineNo);
		checkLine(quantity, discountPercent);
		invoice.changeLine(lineNo, quantity, discountPercent);
		return invoice;
	}

	@Transactional
	public Invoice removeLine(long invoiceId, int lineNo) {
		Invoice invoice = editableDraft(invoiceId);
		requireLine(invoice, lineNo);
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
	 * Issues a draft today and describes it as issued, from what issuing read: reading it
	 * again in a second transaction cost the API call as much as the issue itself.
	 */
	@Transactional
	public InvoiceDetails issueAndDescribe(long invoiceId) {
		Invoice invoice = issue(invoiceId);
		// the description carries the version the commit writes
		this.invoices.flush();
		// a draft has neither payments nor credit notes: both need an issued invoice
		return InvoiceDetails.of(invoice, Buyer.of(this.customers.get(invoice.getCustomerId())), List.of(), List.of(),
				null, today());
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
		if (issueDate.isAfter(today())) {
			// no document dated in the future: the statistics count a month as complete
			// up to today
			throw new BusinessRuleException("invoice.issue-date", "issueDate");
		}
		Instant at = issueInstant(issueDate);
		this.customers.convertOnFirstInvoice(invoice.getCustomerId(), at);
		// the number last: its series stays locked until the commit, and every issue
		// waits on it
		String number = moveStock(invoice, () -> this.numbers.next(InvoiceKind.INVOICE, issueDate.getYear()),
				MovementReason.SALE, at);
		invoice.issue(number, issueDate, at);
		this.events.publishEvent(DocumentIssued.of(invoice));
		return invoice;
	}

	@Transactional
	public Payment recordPayment(long invoiceId, Money amount, LocalDate paidOn, PaymentMethod method,
			String reference) {
		Invoice invoice = get(invoiceId);
		if (invoice.getKind() != InvoiceKind.INVOICE || !invoice.isIssued()) {
			throw new ConflictException("invoice-not-payable", Map.of("status", invoice.getStatus().name()));
		}
		if (invoice.getStatus() == InvoiceStatus.PAID || invoice.getStatus() == InvoiceStatus.CREDITED) {
			throw new ConflictException("invoice-settled",
					Map.of("number", invoice.getNumber(), "status", invoice.getStatus().name()), invoice.getNumber());
		}
		if (paidOn.isAfter(today())) {
			throw new BusinessRuleException("invoice.payment-date", "paidOn");
		}
		if (amount.compareTo(invoice.amountDue()) > 0 || !(amount.amount().signum() > 0)) {
			throw new BusinessRuleException("invoice.payment-amount", "amount", invoice.amountDue().amount());
		}
		invoice.recordPayment(amount);
		return this.payments.save(new Payment(invoiceId, amount, paidOn, method, reference, this.clock.instant()));
	}

	/**
	 * Issues a credit note dated today: see {@link #creditNote(long, Map, LocalDate)}.
	 */
	@Transactional
	public Invoice creditNote(long invoiceId, Map<Integer, Integer> quantitiesByLine) {
		return creditNote(invoiceId, quantitiesByLine, today());
	}

	/**
	 * Issues a credit note for the given quantities of the invoice's lines (line number →
	 * quantity; everything still left to credit when empty), taking into account what
	 * earlier credit notes credited: numbered in its own series, puts the stock back, and
	 * lowers what the customer owes. The date is neither in the future nor before the
	 * invoice's.
	 */
	@Transactional
	public Invoice creditNote(long invoiceId, Map<Integer, Integer> quantitiesByLine, LocalDate issueDate) {
		Invoice invoice = get(invoiceId);
		if (invoice.getKind() != InvoiceKind.INVOICE || !invoice.isIssued()
				|| invoice.getStatus() == InvoiceStatus.CREDITED) {
			throw new ConflictException("invoice-not-creditable", Map.of("status", invoice.getStatus().name()));
		}
		if (issueDate.isAfter(today()) || issueDate.isBefore(invoice.getIssueDate())) {
			throw new BusinessRuleException("invoice.credit-date", "date", invoice.getIssueDate());
		}
		CreditedLines credited = CreditedLines.of(this.invoices.findByCreditedInvoiceIdOrderByIdAsc(invoiceId));
		Invoice note = invoice.creditNote(quantitiesByLine, credited);
		boolean cancelsAll = credited.plus(note).coversAll(invoice);
		if (!cancelsAll && note.getTotalInclVat().compareTo(invoice.creditable()) > 0) {
			throw new BusinessRuleException("invoice.credit-exceeds", "lines", invoice.creditable().amount());
		}
		this.invoices.save(note);
		Instant at = issueInstant(issueDate);
		String number = moveStock(note, () -> this.numbers.next(InvoiceKind.CREDIT_NOTE, issueDate.getYear()),
				MovementReason.RETURN, at);
		note.issue(number, issueDate, at);
		invoice.recordCredit(note.getTotalInclVat(), cancelsAll);
		this.events.publishEvent(DocumentIssued.of(note));
		return note;
	}

	/** Moves the document's stock, then takes its number (see Stock#moveForDocument). */
	private String moveStock(Invoice document, java.util.function.Supplier<String> numbering, MovementReason reason,
			Instant at) {
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		Map<Long, ProductStocking> products = this.catalog
			.stocking(document.getLines().stream().map(InvoiceLine::getProductId).collect(Collectors.toSet()));
		for (InvoiceLine line : document.getLines()) {
			ProductStocking product = products.get(line.getProductId());
			if (product.stockManaged()) {
				quantities.merge(line.getProductId(), line.getQuantity(), Integer::sum);
			}
		}
		if (reason == MovementReason.RETURN) {
			quantities.replaceAll((product, quantity) -> -quantity);
		}
		try {
			return this.stock.moveForDocument(quantities, reason, numbering, at);
		}
		catch (InsufficientStockException ex) {
			List<Map<String, Object>> shortages = new ArrayList<>();
			for (InsufficientStockException.Shortage shortage : ex.getShortages()) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("productId", shortage.productId());
				item.put("sku", products.get(shortage.productId()).sku());
				item.put("requested", shortage.requested());
				item.put("available", shortage.available());
				shortages.add(item);
			}
			throw new ConflictException("insufficient-stock", Map.of("shortages", shortages));
		}
	}

	private Invoice editableDraft(long invoiceId) {
		Invoice invoice = get(invoiceId);
		if (invoice.getStatus() != InvoiceStatus.DRAFT) {
			throw new ConflictException("invoice-issued", Map.of("number", invoice.getNumber()), invoice.getNumber());
		}
		return invoice;
	}

	private static void requireLine(Invoice invoice, int lineNo) {
		if (invoice.getLines().stream().noneMatch((line) -> line.getLineNo() == lineNo)) {
			throw new NotFoundException("invoice line", lineNo);
		}
	}

	private static int checkTerms(int terms) {
		if (terms < 0 || terms > Invoice.MAX_PAYMENT_TERMS_DAYS) {
			throw new BusinessRuleException("invoice.payment-terms", "paymentTermsDays");
		}
		return terms;
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
