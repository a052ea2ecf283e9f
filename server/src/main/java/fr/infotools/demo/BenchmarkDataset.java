package fr.infotools.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import fr.infotools.appointment.AppointmentSummary;
import fr.infotools.audit.AuditAction;
import fr.infotools.audit.AuditBulkAppender;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.reporting.SalesSummary;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The large, deterministic dataset the performance benchmark runs on
 * (docs/performance.md): at scale 1, 50 sales reps, 200,000 prospects and customers,
 * 400,000 contacts, 2,000,000 appointments over three years (30 months back, 6 ahead),
 * 1,000 products, 500,000 invoices with about 2,000,000 lines, their payments, stock
 * movements and one audit row per record, hash-chained as the application chains them.
 * <p>
 * Written day by day in time order with plain multi-row INSERTs, one transaction a day,
 * so ids and audit rows follow time. Every figure the application derives agrees with its
 * parts: invoice totals with their lines, stock levels with movements (restocked before a
 * sale would go negative), yearly invoice numbers without gaps. Optionally, draft
 * invoices for today that the write benchmark issues.
 */
final class BenchmarkDataset {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkDataset.class);

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final int DAYS_BACK = 913;

	static final int DAYS_AHEAD = 183;

	/**
	 * Large transactions: a commit (and its flush to disk) is what a bulk load waits on.
	 */
	private static final int DAYS_PER_TRANSACTION = 10;

	/** Appointments are 15-minute slots between 8:00 and 20:00, Paris time. */
	private static final int SLOTS = 48;

	private static final String MANAGER = "bench.manager";

	private static final BigDecimal VAT = VatRate.STANDARD.percent();

	private static final List<String> PRODUCT_KINDS = List.of("Suite logicielle", "Serveur", "Poste de travail",
			"Commutateur", "Prestation");

	private final DataSource dataSource;

	private final DatasetSize size;

	private final Random random;

	private final DemoPeople people;

	private final Instant now;

	private final LocalDate firstDay;

	private final int drafts;

	private final BulkTable users = new BulkTable("users", "id", "username", "display_name", "email", "role", "active",
			"reminder_minutes", "created_at", "updated_at", "version");

	private final BulkTable products = new BulkTable("products", "id", "sku", "name", "description", "category",
			"unit_price_excl_vat", "purchase_cost", "vat_rate", "featured", "active", "stock_managed", "reorder_level",
			"created_at", "updated_at", "version");

	private final BulkTable customers = new BulkTable("customers", "id", "type", "company_name", "siren", "email",
			"phone", "address_line", "postal_code", "city", "country", "owner_id", "converted_at", "created_at",
			"updated_at", "version");

	private final BulkTable contacts = new BulkTable("contacts", "id", "customer_id", "first_name", "last_name",
			"job_title", "email", "phone", "created_at", "updated_at", "version");

	private final BulkTable appointments = new BulkTable("appointments", "id", "sales_rep_id", "customer_id",
			"contact_id", "start_at", "end_at", "place", "subject", "status", "created_at", "updated_at", "version");

	private final BulkTable invoices = new BulkTable("invoices", "id", "kind", "number", "status", "customer_id",
			"sales_rep_id", "issue_date", "due_date", "payment_terms_days", "total_excl_vat", "total_vat",
			"total_incl_vat", "total_cost", "amount_paid", "amount_credited", "issued_at", "created_at", "updated_at",
			"version");

	private final BulkTable lines = new BulkTable("invoice_lines", "id", "invoice_id", "line_no", "product_id",
			"description", "quantity", "unit_price_excl_vat", "discount_percent", "vat_rate", "unit_cost", "net_amount",
			"created_at", "updated_at", "version");

	private final BulkTable payments = new BulkTable("payments", "id", "invoice_id", "amount", "paid_on", "method",
			"reference", "created_at");

	private final BulkTable movements = new BulkTable("stock_movements", "id", "product_id", "quantity", "reason",
			"reference", "comment", "user_id", "created_at");

	private final List<BulkTable> tables = List.of(this.users, this.products, this.customers, this.contacts,
			this.appointments, this.invoices, this.lines, this.payments, this.movements);

	private Catalogue catalogue;

	private AuditBulkAppender audit;

	private long customerCount;

	private long appointmentId;

	private long invoiceId;

	private long lineId;

	private long paymentId;

	private long movementId;

	private final Map<Integer, Integer> invoiceNumbers = new TreeMap<>();

	BenchmarkDataset(DataSource dataSource, DatasetSize size, long seed, int drafts, Instant now) {
		this.dataSource = dataSource;
		this.size = size;
		this.random = new Random(seed);
		this.people = new DemoPeople(this.random);
		this.now = now;
		this.firstDay = LocalDate.ofInstant(now, PARIS).minusDays(DAYS_BACK);
		this.drafts = drafts;
	}

	/** Usernames of the generated accounts: the manager's, then the reps' in id order. */
	static String manager() {
		return MANAGER;
	}

	static String rep(int index) {
		return String.format(Locale.ROOT, "bench.rep%02d", index + 1);
	}

	static String repName(int index) {
		return DemoPeople.FIRST_NAMES.get(index % DemoPeople.FIRST_NAMES.size()) + " "
				+ DemoPeople.LAST_NAMES.get((index * 7) % DemoPeople.LAST_NAMES.size());
	}

	void generate() throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			DatabaseVendor vendor = DatabaseVendor.of(connection);
			requireEmpty(connection);
			vendor.relaxChecks(connection);
			this.audit = new AuditBulkAppender(connection);
			people(connection);
			catalogue(connection);
			commit(connection);
			int days = DAYS_BACK + DAYS_AHEAD;
			for (int day = 0; day < days; day++) {
				customers(connection, day);
				appointments(connection, day, days);
				if (day < DAYS_BACK) {
					invoices(connection, day);
				}
				if (day % DAYS_PER_TRANSACTION == 0) {
					commit(connection);
				}
				if (day % 100 == 0 || day == days - 1) {
					progress(day + 1, days, started);
				}
			}
			drafts(connection);
			closingStock(connection);
			sequences(connection);
			commit(connection);
			log.info("Filling the dashboard's summaries");
			SalesSummary.rebuild(connection);
			AppointmentSummary.rebuild(connection);
			connection.commit();
			vendor.restoreChecks(connection);
			vendor.afterLoad(connection, List.of("users", "products", "customers", "contacts", "appointments",
					"invoices", "invoice_lines", "payments", "stock_movements"));
			vendor.analyze(connection, List.of("sales_summary", "appointment_summary", "audit_log"));
			connection.commit();
		}
		log.info("Benchmark dataset loaded in {} s", Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	private void progress(int day, int days, long started) {
		long rows = this.audit.appended();
		for (BulkTable table : this.tables) {
			rows += table.written();
		}
		double seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000.0);
		log.info("day {}/{}: {} customers, {} appointments, {} invoices, {} lines, {} audit rows ({} rows/s)", day,
				days, this.customers.written(), this.appointments.written(), this.invoices.written(),
				this.lines.written(), this.audit.appended(), Math.round(rows / seconds));
	}

	private void commit(Connection connection) throws SQLException {
		for (BulkTable table : this.tables) {
			table.flush(connection);
		}
		this.audit.flush();
		connection.commit();
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM customers)"
						+ " + (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM audit_log)")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new IllegalStateException(
						"The benchmark dataset loads into an empty database (migrated, no users, customers, products"
								+ " or audit rows); this one has data. Use a new database.");
			}
		}
	}

	// -- users and catalogue ------------------------------------------------------------

	private void people(Connection connection) throws SQLException {
		Instant at = startOf(0).minus(Duration.ofDays(30));
		addUser(connection, 1, MANAGER, "Bench Manager", "MANAGER", at);
		for (int i = 0; i < this.size.reps(); i++) {
			addUser(connection, repId(i), rep(i), repName(i), "SALES", at);
		}
	}

	private void addUser(Connection connection, long id, String username, String displayName, String role, Instant at)
			throws SQLException {
		this.users.add(connection, id, username, displayName, username + "@infotools.example", role, true, 30, at, at,
				0L);
	}

	private void catalogue(Connection connection) throws SQLException {
		int count = this.size.products();
		this.catalogue = new Catalogue(count);
		Instant at = startOf(0).minus(Duration.ofDays(20));
		ProductCategory[] mix = { ProductCategory.SOFTWARE, ProductCategory.SOFTWARE, ProductCategory.SERVER,
				ProductCategory.SERVER, ProductCategory.WORKSTATION, ProductCategory.WORKSTATION,
				ProductCategory.WORKSTATION, ProductCategory.NETWORK, ProductCategory.NETWORK,
				ProductCategory.SERVICE };
		for (int i = 0; i < count; i++) {
			int id = i + 1;
			ProductCategory category = mix[i % mix.length];
			BigDecimal price = BigDecimal.valueOf(20 + this.random.nextInt(4980)).add(BigDecimal.valueOf(90, 2));
			BigDecimal cost = price.multiply(BigDecimal.valueOf(55 + this.random.nextInt(25)))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			String name = PRODUCT_KINDS.get(category.ordinal()) + " " + (100 + i);
			boolean stockManaged = category.stockManagedByDefault();
			int reorderLevel = stockManaged ? 5 + this.random.nextInt(16) : 0;
			this.catalogue.set(i, name, price, cost, stockManaged);
			this.products.add(connection, (long) id, String.format(Locale.ROOT, "BN-%05d", id), name,
					"Produit du jeu de données de performance.", category, price, cost, VAT, i < 6, true, stockManaged,
					reorderLevel, at, at, 0L);
			this.audit.append(at, 1L, MANAGER, "products", id, AuditAction.INSERT,
					JsonRow.of("id", id)
						.and("sku", String.format(Locale.ROOT, "BN-%05d", id))
						.and("name", name)
						.and("category", category)
						.and("unit_price_excl_vat", price)
						.and("purchase_cost", cost)
						.and("vat_rate", VAT)
						.and("stock_managed", stockManaged)
						.and("reorder_level", reorderLevel)
						.toString());
			if (stockManaged) {
				restock(connection, id, 150 + this.random.nextInt(150), at);
			}
		}
	}

	// -- prospects, customers, contacts -------------------------------------------------

	/**
	 * A quarter of the customers exist on the first day (the file the company started
	 * with); the rest arrive evenly until today.
	 */
	private long customersUntil(int day) {
		long total = this.size.customers();
		long initial = total / 4;
		if (day >= DAYS_BACK) {
			return total;
		}
		return initial + (total - initial) * (day + 1) / DAYS_BACK;
	}

	private void customers(Connection connection, int day) throws SQLException {
		long until = customersUntil(day);
		while (this.customerCount < until) {
			long id = ++this.customerCount;
			Instant created = (day == 0) ? startOf(0).minus(Duration.ofDays(10))
					: startOf(day).plus(Duration.ofMinutes(8 * 60 + this.random.nextInt(10 * 60)));
			addCustomer(connection, id, created);
		}
	}

	private void addCustomer(Connection connection, long id, Instant created) throws SQLException {
		long owner = ownerOf(id);
		boolean prospect = isProspect(id);
		CustomerDetails company = this.people.company(this.random.nextInt(600));
		String name = company.companyName();
		String email = "contact@" + DemoPeople.slug(name) + id + ".example";
		Instant converted = prospect ? null : created.plus(Duration.ofDays(2));
		if (converted != null && converted.isAfter(this.now)) {
			converted = this.now.minus(Duration.ofHours(1));
		}
		String type = prospect ? "PROSPECT" : "CUSTOMER";
		this.customers.add(connection, id, type, name, company.siren(), email, company.phone(), company.addressLine(),
				company.postalCode(), company.city(), "FR", owner, converted, created, created, 0L);
		this.audit.append(created, owner, actor(owner), "customers", id, AuditAction.INSERT,
				JsonRow.of("id", id)
					.and("type", type)
					.and("company_name", name)
					.and("siren", company.siren())
					.and("email", email)
					.and("phone", company.phone())
					.and("address_line", company.addressLine())
					.and("postal_code", company.postalCode())
					.and("city", company.city())
					.and("country", "FR")
					.and("owner_id", owner)
					.and("converted_at", converted)
					.toString());
		for (int n = 1; n <= 2; n++) {
			long contactId = 2 * (id - 1) + n;
			ContactDetails contact = this.people.contact(email);
			this.contacts.add(connection, contactId, id, contact.firstName(), contact.lastName(), contact.jobTitle(),
					contact.email(), contact.phone(), created, created, 0L);
			this.audit.append(created, owner, actor(owner), "contacts", contactId, AuditAction.INSERT,
					JsonRow.of("id", contactId)
						.and("customer_id", id)
						.and("first_name", contact.firstName())
						.and("last_name", contact.lastName())
						.and("job_title", contact.jobTitle())
						.and("email", contact.email())
						.and("phone", contact.phone())
						.toString());
		}
	}

	/** Customers are dealt to the reps in turn. */
	private long ownerOf(long customerId) {
		return repId((int) ((customerId - 1) % this.size.reps()));
	}

	/** One customer in three is still a prospect. */
	private static boolean isProspect(long customerId) {
		return customerId % 3 == 0;
	}

	/** A customer of the rep that exists already; a buyer if asked. */
	private long customerOf(int rep, boolean buyer) {
		long perRep = Math.max(1, this.customerCount / this.size.reps());
		long id = rep + 1 + (long) this.size.reps() * (long) (this.random.nextDouble() * perRep);
		if (buyer && isProspect(id)) {
			id = (id > this.size.reps()) ? id - this.size.reps() : id + this.size.reps();
		}
		return id;
	}

	// -- appointments
	// ---------------------------------------------------------------------

	private void appointments(Connection connection, int day, int days) throws SQLException {
		long total = this.size.appointments();
		int reps = this.size.reps();
		for (int rep = 0; rep < reps; rep++) {
			long slotIndex = (long) day * reps + rep;
			long before = total * slotIndex / ((long) days * reps);
			long after = total * (slotIndex + 1) / ((long) days * reps);
			int count = (int) Math.min(SLOTS, after - before);
			for (int slot : slots(count)) {
				addAppointment(connection, day, rep, slot);
			}
		}
	}

	/** {@code count} distinct slots of the day, in order. */
	private int[] slots(int count) {
		int[] all = new int[SLOTS];
		for (int i = 0; i < SLOTS; i++) {
			all[i] = i;
		}
		for (int i = 0; i < count; i++) {
			int j = i + this.random.nextInt(SLOTS - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		int[] chosen = java.util.Arrays.copyOf(all, count);
		java.util.Arrays.sort(chosen);
		return chosen;
	}

	private void addAppointment(Connection connection, int day, int rep, int slot) throws SQLException {
		long id = ++this.appointmentId;
		long repId = repId(rep);
		long customer = customerOf(rep, false);
		long contact = 2 * (customer - 1) + 1 + this.random.nextInt(2);
		Instant start = this.firstDay.plusDays(day)
			.atTime(LocalTime.of(8, 0).plusMinutes(15L * slot))
			.atZone(PARIS)
			.toInstant();
		Instant end = start.plus(Duration.ofMinutes(15));
		String status;
		if (end.isBefore(this.now)) {
			status = (this.random.nextInt(100) < 88) ? "DONE" : "CANCELLED";
		}
		else {
			status = (this.random.nextInt(100) < 95) ? "PLANNED" : "CANCELLED";
		}
		Instant created = start.minus(Duration.ofDays(1 + this.random.nextInt(14)));
		if (created.isAfter(this.now)) {
			created = this.now.minus(Duration.ofMinutes(1 + this.random.nextInt(60 * 24 * 14)));
		}
		String subject = this.people.pick(DemoDataLoader.SUBJECTS);
		String place = (this.random.nextInt(4) == 0) ? "Visioconférence" : "Chez le client";
		this.appointments.add(connection, id, repId, customer, contact, start, end, place, subject, status, created,
				created, 0L);
		this.audit.append(created, repId, actor(repId), "appointments", id, AuditAction.INSERT,
				JsonRow.of("id", id)
					.and("sales_rep_id", repId)
					.and("customer_id", customer)
					.and("contact_id", contact)
					.and("start_at", start)
					.and("end_at", end)
					.and("place", place)
					.and("subject", subject)
					.and("status", status)
					.toString());
	}

	// -- invoices, lines, payments, stock
	// -------------------------------------------------

	private void invoices(Connection connection, int day) throws SQLException {
		long total = this.size.invoices();
		long count = total * (day + 1) / DAYS_BACK - total * day / DAYS_BACK;
		LocalDate issueDate = this.firstDay.plusDays(day);
		for (long i = 0; i < count; i++) {
			int rep = this.random.nextInt(this.size.reps());
			long customer = customerOf(rep, true);
			Instant issuedAt = startOf(day).plus(Duration.ofMinutes(9 * 60 + this.random.nextInt(9 * 60)));
			Instant created = issuedAt.minus(Duration.ofMinutes(5 + this.random.nextInt(120)));
			addInvoice(connection, repId(rep), customer, created, issueDate, issuedAt);
		}
	}

	private void addInvoice(Connection connection, long repId, long customer, Instant created, LocalDate issueDate,
			Instant issuedAt) throws SQLException {
		long id = ++this.invoiceId;
		boolean draft = issueDate == null;
		String number = draft ? null : nextNumber(issueDate.getYear());
		List<Line> invoiceLines = lines(1 + this.random.nextInt(7));
		Money excl = Money.ZERO;
		Money cost = Money.ZERO;
		Map<Integer, Integer> sold = new TreeMap<>();
		for (Line line : invoiceLines) {
			excl = excl.plus(line.net());
			cost = cost.plus(new Money(line.unitCost()).times(line.quantity()));
			if (this.catalogue.stockManaged(line.product())) {
				sold.merge(line.product(), line.quantity(), Integer::sum);
			}
		}
		Money vat = VatRate.STANDARD.vatOn(excl);
		Money incl = excl.plus(vat);
		LocalDate due = draft ? null : issueDate.plusDays(30);
		String status = draft ? "DRAFT" : paymentStatus(due);
		Money paid = switch (status) {
			case "PAID" -> incl;
			case "PARTIALLY_PAID" -> new Money(incl.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN));
			default -> Money.ZERO;
		};
		Instant updated = draft ? created : issuedAt;
		this.invoices.add(connection, id, "INVOICE", number, status, customer, repId, issueDate, due, 30, excl.amount(),
				vat.amount(), incl.amount(), cost.amount(), paid.amount(), BigDecimal.ZERO.setScale(2), issuedAt,
				created, updated, draft ? 0L : 1L);
		this.audit.append(updated, repId, actor(repId), "invoices", id, AuditAction.INSERT,
				JsonRow.of("id", id)
					.and("kind", "INVOICE")
					.and("number", number)
					.and("status", status)
					.and("customer_id", customer)
					.and("sales_rep_id", repId)
					.and("issue_date", issueDate)
					.and("due_date", due)
					.and("total_excl_vat", excl.amount())
					.and("total_vat", vat.amount())
					.and("total_incl_vat", incl.amount())
					.toString());
		int lineNo = 0;
		for (Line line : invoiceLines) {
			long lineId = ++this.lineId;
			lineNo++;
			String description = this.catalogue.name(line.product());
			this.lines.add(connection, lineId, id, lineNo, (long) line.product(), description, line.quantity(),
					line.unitPrice(), line.discount(), VAT, line.unitCost(), line.net().amount(), created, created, 0L);
			this.audit.append(created, repId, actor(repId), "invoice_lines", lineId, AuditAction.INSERT,
					JsonRow.of("id", lineId)
						.and("invoice_id", id)
						.and("line_no", lineNo)
						.and("product_id", line.product())
						.and("quantity", line.quantity())
						.and("unit_price_excl_vat", line.unitPrice())
						.and("discount_percent", line.discount())
						.and("net_amount", line.net().amount())
						.toString());
		}
		if (draft) {
			sold.forEach(this.catalogue::reserve);
			return;
		}
		for (Map.Entry<Integer, Integer> sale : sold.entrySet()) {
			if (this.catalogue.level(sale.getKey()) < sale.getValue()) {
				restock(connection, sale.getKey(), sale.getValue() + 100 + this.random.nextInt(200),
						issuedAt.minus(Duration.ofHours(1)));
			}
			move(connection, sale.getKey(), -sale.getValue(), "SALE", number, repId, issuedAt);
		}
		if (paid.amount().signum() > 0) {
			addPayment(connection, id, paid, issueDate, due);
		}
	}

	private List<Line> lines(int count) {
		List<Line> result = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int product = 1 + this.random.nextInt(this.catalogue.size());
			int quantity = 1 + this.random.nextInt(5);
			BigDecimal discount = switch (this.random.nextInt(10)) {
				case 0 -> BigDecimal.valueOf(1000, 2);
				case 1, 2 -> BigDecimal.valueOf(500, 2);
				default -> BigDecimal.ZERO.setScale(2);
			};
			BigDecimal price = this.catalogue.price(product);
			BigDecimal gross = price.multiply(BigDecimal.valueOf(quantity));
			Money net = new Money(gross.multiply(BigDecimal.valueOf(100).subtract(discount))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
			result.add(new Line(product, quantity, price, discount, this.catalogue.cost(product), net));
		}
		return result;
	}

	/**
	 * Old invoices are mostly paid, a few still overdue; recent ones are open, paid or
	 * half paid.
	 */
	private String paymentStatus(LocalDate due) {
		int draw = this.random.nextInt(100);
		if (due.plusDays(30).isBefore(LocalDate.ofInstant(this.now, PARIS))) {
			return (draw < 93) ? "PAID" : "ISSUED";
		}
		return (draw < 50) ? "PAID" : (draw < 65) ? "PARTIALLY_PAID" : "ISSUED";
	}

	private void addPayment(Connection connection, long invoice, Money amount, LocalDate issueDate, LocalDate due)
			throws SQLException {
		long id = ++this.paymentId;
		LocalDate today = LocalDate.ofInstant(this.now, PARIS);
		LocalDate paidOn = issueDate.plusDays(3 + this.random.nextInt(40));
		if (paidOn.isAfter(today)) {
			paidOn = today;
		}
		String method = List.of("TRANSFER", "TRANSFER", "CARD", "CHEQUE").get(this.random.nextInt(4));
		String reference = "PAY-" + invoice;
		Instant at = paidOn.atTime(12, 0).atZone(PARIS).toInstant();
		if (at.isAfter(this.now)) {
			at = this.now.minus(Duration.ofMinutes(1));
		}
		this.payments.add(connection, id, invoice, amount.amount(), paidOn, method, reference, at);
		this.audit.append(at, 1L, MANAGER, "payments", id, AuditAction.INSERT,
				JsonRow.of("id", id)
					.and("invoice_id", invoice)
					.and("amount", amount.amount())
					.and("paid_on", paidOn)
					.and("method", method)
					.and("reference", reference)
					.toString());
	}

	private String nextNumber(int year) {
		int value = this.invoiceNumbers.merge(year, 1, Integer::sum);
		return String.format(Locale.ROOT, "FA-%d-%05d", year, value);
	}

	private void restock(Connection connection, int product, int quantity, Instant at) throws SQLException {
		move(connection, product, quantity, "RESTOCK", null, 1L, at);
	}

	private void move(Connection connection, int product, int quantity, String reason, String reference, long userId,
			Instant at) throws SQLException {
		long id = ++this.movementId;
		this.catalogue.move(product, quantity);
		this.movements.add(connection, id, (long) product, quantity, reason, reference, null, userId, at);
		this.audit.append(at, userId, actor(userId), "stock_movements", id, AuditAction.INSERT,
				JsonRow.of("id", id)
					.and("product_id", product)
					.and("quantity", quantity)
					.and("reason", reason)
					.and("reference", reference)
					.and("user_id", userId)
					.and("created_at", at)
					.toString());
	}

	/** Today's drafts, one per customer of a rep in turn, for the write benchmark. */
	private void drafts(Connection connection) throws SQLException {
		for (int i = 0; i < this.drafts; i++) {
			int rep = i % this.size.reps();
			Instant created = this.now.minus(Duration.ofMinutes(1 + this.random.nextInt(600)));
			addInvoice(connection, repId(rep), customerOf(rep, false), created, null, null);
		}
	}

	/**
	 * Leaves every stock-managed product with enough for the drafts and a random extra, a
	 * few of them under their reorder level; then writes the levels.
	 */
	private void closingStock(Connection connection) throws SQLException {
		Instant at = this.now.minus(Duration.ofHours(2));
		BulkTable levels = new BulkTable("stock_levels", "product_id", "quantity", "updated_at");
		for (int product = 1; product <= this.catalogue.size(); product++) {
			if (!this.catalogue.stockManaged(product)) {
				continue;
			}
			int wanted = this.catalogue.reserved(product) + this.random.nextInt(60);
			if (this.catalogue.level(product) < wanted) {
				restock(connection, product, wanted - this.catalogue.level(product), at);
			}
			levels.add(connection, (long) product, this.catalogue.level(product), at);
		}
		levels.flush(connection);
	}

	private void sequences(Connection connection) throws SQLException {
		BulkTable sequences = new BulkTable("document_sequences", "series", "last_value");
		for (Map.Entry<Integer, Integer> year : this.invoiceNumbers.entrySet()) {
			sequences.add(connection, "FA-" + year.getKey(), year.getValue());
		}
		sequences.flush(connection);
	}

	// -- helpers
	// --------------------------------------------------------------------------

	private static long repId(int rep) {
		return rep + 2;
	}

	private String actor(long userId) {
		return (userId == 1) ? MANAGER : rep((int) userId - 2);
	}

	private Instant startOf(int day) {
		return this.firstDay.plusDays(day).atStartOfDay(PARIS).toInstant();
	}

	private record Line(int product, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal unitCost,
			Money net) {

	}

	/** The products' prices and costs, and their stock as the load goes. */
	private static final class Catalogue {

		private final String[] names;

		private final BigDecimal[] prices;

		private final BigDecimal[] costs;

		private final boolean[] stockManaged;

		private final int[] levels;

		private final int[] reserved;

		Catalogue(int size) {
			this.names = new String[size];
			this.prices = new BigDecimal[size];
			this.costs = new BigDecimal[size];
			this.stockManaged = new boolean[size];
			this.levels = new int[size];
			this.reserved = new int[size];
		}

		void set(int index, String name, BigDecimal price, BigDecimal cost, boolean managed) {
			this.names[index] = name;
			this.prices[index] = price;
			this.costs[index] = cost;
			this.stockManaged[index] = managed;
		}

		int size() {
			return this.names.length;
		}

		String name(int product) {
			return this.names[product - 1];
		}

		BigDecimal price(int product) {
			return this.prices[product - 1];
		}

		BigDecimal cost(int product) {
			return this.costs[product - 1];
		}

		boolean stockManaged(int product) {
			return this.stockManaged[product - 1];
		}

		int level(int product) {
			return this.levels[product - 1];
		}

		void move(int product, int quantity) {
			this.levels[product - 1] += quantity;
		}

		void reserve(int product, int quantity) {
			this.reserved[product - 1] += quantity;
		}

		int reserved(int product) {
			return this.reserved[product - 1];
		}

	}

}
