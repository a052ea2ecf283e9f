package fr.infotools.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.AppointmentRequest;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.RequestDetails;
import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.customer.Contact;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.identity.Role;
import fr.infotools.identity.SystemActor;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.invoicing.PaymentMethod;
import fr.infotools.shared.Money;
import fr.infotools.stock.MovementReason;
import fr.infotools.stock.Stock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo dataset on the first start (when there is no customer yet), in one
 * transaction, through the modules' own services: every record goes through the domain
 * rules and leaves its audit row, and stock levels and invoice totals agree with
 * movements and lines by construction. Dates are relative to the day of loading;
 * everything else comes from a fixed seed.
 */
@Component
@ConditionalOnProperty(name = "infotools.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final int CUSTOMERS_PER_REP = 22;

	private static final int APPOINTMENTS = 300;

	private static final int INVOICES = 150;

	static final List<String> SUBJECTS = List.of("Présentation de la gamme InfoTools", "Démonstration du CRM",
			"Audit de l'infrastructure", "Négociation du contrat", "Suivi d'installation",
			"Renouvellement des licences", "Point sur le parc informatique", "Formation des utilisateurs",
			"Étude du besoin en serveurs", "Projet de migration");

	private final Users users;

	private final Customers customers;

	private final Appointments appointments;

	private final Catalog catalog;

	private final Stock stock;

	private final Invoicing invoicing;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoDataLoader(Users users, Customers customers, Appointments appointments, Catalog catalog, Stock stock,
			Invoicing invoicing, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.users = users;
		this.customers = customers;
		this.appointments = appointments;
		this.catalog = catalog;
		this.stock = stock;
		this.invoicing = invoicing;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = this.jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		long started = System.nanoTime();
		SystemActor.run(ACTOR, () -> this.transaction.executeWithoutResult((status) -> load()));
		log.info("Demo dataset loaded in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private void load() {
		Random random = new Random(2026);
		DemoPeople people = new DemoPeople(random);
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		List<UserSummary> reps = registerAccounts();
		List<Product> products = DemoCatalog.PRODUCTS.stream().map(this.catalog::create).toList();
		List<Customer> parties = createCustomers(reps, people, today);
		Map<Long, List<Contact>> contacts = createContacts(parties, people, random);
		List<Customer> buyers = parties.stream().filter((c) -> c.getType() == CustomerType.CUSTOMER).toList();
		List<PlannedInvoice> plan = planInvoices(buyers, products, random, today);
		stockUp(products, plan, random, today);
		issueInvoices(plan, random, today);
		Map<Long, List<Instant[]>> busy = new HashMap<>();
		createAppointments(reps, parties, contacts, random, today, busy);
		createRequests(reps, products, people, random, today, busy);
	}

	private List<UserSummary> registerAccounts() {
		this.users.register("mmartin", "Marie Martin", "marie.martin@infotools.local", Role.MANAGER);
		return List.of(this.users.register("jdupont", "Jean Dupont", "jean.dupont@infotools.local", Role.SALES),
				this.users.register("sleroy", "Sophie Leroy", "sophie.leroy@infotools.local", Role.SALES),
				this.users.register("khaddad", "Karim Haddad", "karim.haddad@infotools.local", Role.SALES),
				this.users.register("epetit", "Emma Petit", "emma.petit@infotools.local", Role.SALES));
	}

	/**
	 * 22 parties per rep; about two thirds of them customers (they will receive
	 * invoices).
	 */
	private List<Customer> createCustomers(List<UserSummary> reps, DemoPeople people, LocalDate today) {
		List<Customer> parties = new ArrayList<>();
		for (int i = 0; i < reps.size() * CUSTOMERS_PER_REP; i++) {
			UserSummary owner = reps.get(i % reps.size());
			CustomerType type = (i % 3 == 2) ? CustomerType.PROSPECT : CustomerType.CUSTOMER;
			CustomerDetails details = people.company(i);
			Instant created = today.minusDays(400 - i).atTime(9, 30).atZone(PARIS).toInstant();
			parties.add(this.customers.createBackdated(type, details, owner.id(), created));
		}
		return parties;
	}

	private Map<Long, List<Contact>> createContacts(List<Customer> parties, DemoPeople people, Random random) {
		Map<Long, List<Contact>> contacts = new HashMap<>();
		for (Customer party : parties) {
			int count = 1 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				Contact contact = this.customers.addContact(party.getId(), people.contact(party.getEmail()));
				contacts.computeIfAbsent(party.getId(), (id) -> new ArrayList<>()).add(contact);
			}
		}
		return contacts;
	}

	record PlannedLine(Product product, int quantity, BigDecimal discount) {

	}

	record PlannedInvoice(Customer customer, LocalDate issueDate, List<PlannedLine> lines) {

	}

	/**
	 * 150 invoices over the last 12 months, in date order so that numbers follow dates.
	 */
	private List<PlannedInvoice> planInvoices(List<Customer> buyers, List<Product> products, Random random,
			LocalDate today) {
		List<PlannedInvoice> plan = new ArrayList<>();
		for (int i = 0; i < INVOICES; i++) {
			Customer customer = buyers.get(i % buyers.size());
			LocalDate date = today.minusDays(1 + random.nextInt(364));
			List<PlannedLine> lines = new ArrayList<>();
			int lineCount = 1 + random.nextInt(4);
			for (int l = 0; l < lineCount; l++) {
				Product product = products.get(random.nextInt(products.size()));
				if (lines.stream().anyMatch((line) -> line.product() == product)) {
					continue;
				}
				int quantity = product.isStockManaged() ? 1 + random.nextInt(4)
						: (product.getSku().startsWith("LOG-CRM-USR") ? 3 + random.nextInt(20) : 1 + random.nextInt(3));
				BigDecimal discount = switch (random.nextInt(6)) {
					case 0 -> new BigDecimal("5");
					case 1 -> new BigDecimal("10");
					default -> BigDecimal.ZERO;
				};
				lines.add(new PlannedLine(product, quantity, discount));
			}
			plan.add(new PlannedInvoice(customer, date, lines));
		}
		plan.sort(Comparator.comparing(PlannedInvoice::issueDate));
		return plan;
	}

	/**
	 * Receives enough stock a year ago, and a restock six months ago, for every planned
	 * sale, leaving most products comfortably stocked, a few under their reorder level
	 * and one sold out.
	 */
	private void stockUp(List<Product> products, List<PlannedInvoice> plan, Random random, LocalDate today) {
		Map<Long, Integer> sold = new TreeMap<>();
		Map<Long, Integer> soldBeforeRestock = new TreeMap<>();
		LocalDate restockDay = today.minusMonths(6);
		for (PlannedInvoice invoice : plan) {
			for (PlannedLine line : invoice.lines()) {
				sold.merge(line.product().getId(), line.quantity(), Integer::sum);
				if (invoice.issueDate().isBefore(restockDay)) {
					soldBeforeRestock.merge(line.product().getId(), line.quantity(), Integer::sum);
				}
			}
		}
		Instant yearAgo = today.minusDays(366).atTime(8, 0).atZone(PARIS).toInstant();
		Instant halfYearAgo = restockDay.atTime(8, 0).atZone(PARIS).toInstant();
		int index = 0;
		for (Product product : products) {
			if (!product.isStockManaged()) {
				continue;
			}
			int target = switch (index++ % 8) {
				case 3 -> Math.max(0, product.getReorderLevel() - 1);
				case 6 -> (index < 10) ? 0 : product.getReorderLevel() + 2;
				default -> product.getReorderLevel() + 4 + random.nextInt(15);
			};
			int total = sold.getOrDefault(product.getId(), 0) + target;
			int before = soldBeforeRestock.getOrDefault(product.getId(), 0);
			int restock = Math.min(total - before, 10);
			int initial = total - restock;
			if (initial > 0) {
				this.stock.move(product.getId(), initial, MovementReason.RESTOCK, "BL-" + (1000 + index),
						"Stock initial", yearAgo);
			}
			if (restock > 0) {
				this.stock.move(product.getId(), restock, MovementReason.RESTOCK, "BL-" + (2000 + index), "Réassort",
						halfYearAgo);
			}
		}
	}

	/**
	 * Issues the planned invoices; older ones are mostly paid, a few stay overdue or
	 * partly paid; two are credited (one in full, one in part) and two drafts are left in
	 * preparation.
	 */
	private void issueInvoices(List<PlannedInvoice> plan, Random random, LocalDate today) {
		List<Invoice> issued = new ArrayList<>();
		for (PlannedInvoice planned : plan) {
			Invoice invoice = this.invoicing.createDraft(planned.customer().getId(),
					(random.nextInt(4) == 0) ? 45 : 30);
			for (PlannedLine line : planned.lines()) {
				this.invoicing.addLine(invoice.getId(), line.product().getId(), line.quantity(), line.discount());
			}
			issued.add(this.invoicing.issue(invoice.getId(), planned.issueDate()));
		}
		for (int i = 0; i < issued.size(); i++) {
			Invoice invoice = issued.get(i);
			LocalDate due = invoice.getDueDate();
			boolean pastDue = due.isBefore(today);
			int roll = random.nextInt(100);
			if (i == 20) {
				this.invoicing.creditNote(invoice.getId(), Map.of(), invoice.getIssueDate().plusDays(9));
			}
			else if (i == 60) {
				this.invoicing.creditNote(invoice.getId(), Map.of(1, 1), invoice.getIssueDate().plusDays(12));
				pay(invoice.getId(), invoice.getDueDate().minusDays(3), null);
			}
			else if (pastDue && roll < 84) {
				pay(invoice.getId(), due.minusDays(random.nextInt(10)), null);
			}
			else if (pastDue && roll < 92) {
				Money half = new Money(invoice.amountDue().amount().divide(BigDecimal.valueOf(2)));
				pay(invoice.getId(), due.minusDays(2), half);
			}
			else if (!pastDue && roll < 40) {
				LocalDate paidOn = invoice.getIssueDate().plusDays(random.nextInt(10) + 1);
				pay(invoice.getId(), paidOn.isAfter(today) ? today : paidOn, null);
			}
		}
		List<Customer> buyers = plan.stream().map(PlannedInvoice::customer).distinct().toList();
		for (int i = 0; i < 2; i++) {
			Invoice draft = this.invoicing.createDraft(buyers.get(i * 5).getId(), 30);
			this.invoicing.addLine(draft.getId(), plan.get(i).lines().get(0).product().getId(), 1, BigDecimal.ZERO);
		}
	}

	private void pay(long invoiceId, LocalDate paidOn, Money amount) {
		Money toPay = (amount != null) ? amount : this.invoicing.get(invoiceId).amountDue();
		if (!toPay.isZero()) {
			PaymentMethod method = (invoiceId % 5 == 0) ? PaymentMethod.CHEQUE : PaymentMethod.TRANSFER;
			this.invoicing.recordPayment(invoiceId, toPay, paidOn, method, "VIR-" + invoiceId);
		}
	}

	/**
	 * About 300 appointments from six months back to two months ahead, on working days
	 * between 9:00 and 18:00, never overlapping for a rep; past ones done (a few
	 * cancelled), future ones planned.
	 */
	private void createAppointments(List<UserSummary> reps, List<Customer> parties, Map<Long, List<Contact>> contacts,
			Random random, LocalDate today, Map<Long, List<Instant[]>> busy) {
		LocalDate first = today.minusMonths(6);
		int days = (int) (today.plusMonths(2).toEpochDay() - first.toEpochDay());
		int created = 0;
		int attempts = 0;
		while (created < APPOINTMENTS && attempts++ < APPOINTMENTS * 20) {
			LocalDate day = first.plusDays(random.nextInt(days));
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			UserSummary rep = reps.get(random.nextInt(reps.size()));
			List<Customer> own = parties.stream().filter((c) -> c.getOwnerId() == rep.id()).toList();
			Customer customer = own.get(random.nextInt(own.size()));
			ZonedDateTime start = day.atTime(9 + random.nextInt(8), (random.nextInt(2) == 0) ? 0 : 30).atZone(PARIS);
			Duration length = Duration.ofMinutes(60 + 30L * random.nextInt(3));
			Instant startAt = start.toInstant();
			Instant endAt = startAt.plus(length);
			if (!reserve(busy, rep.id(), startAt, endAt)) {
				continue;
			}
			List<Contact> people = contacts.getOrDefault(customer.getId(), List.of());
			Long contactId = people.isEmpty() ? null : people.get(random.nextInt(people.size())).getId();
			String place = (random.nextInt(4) == 0) ? "Visioconférence"
					: customer.getAddressLine() + ", " + customer.getPostalCode() + " " + customer.getCity();
			String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
			AppointmentStatus status = !day.isBefore(today) ? AppointmentStatus.PLANNED
					: (random.nextInt(12) == 0) ? AppointmentStatus.CANCELLED : AppointmentStatus.DONE;
			String notes = (status == AppointmentStatus.DONE) ? "Compte rendu envoyé au client." : null;
			this.appointments.record(rep.id(),
					new AppointmentDetails(customer.getId(), contactId, startAt, endAt, place, subject, notes), status);
			created++;
		}
	}

	private static boolean reserve(Map<Long, List<Instant[]>> busy, long repId, Instant start, Instant end) {
		List<Instant[]> slots = busy.computeIfAbsent(repId, (id) -> new ArrayList<>());
		boolean free = slots.stream().noneMatch((slot) -> slot[0].isBefore(end) && slot[1].isAfter(start));
		if (free) {
			slots.add(new Instant[] { start, end });
		}
		return free;
	}

	/**
	 * Eight requests from the website: five waiting for a manager, two assigned (each
	 * with its prospect and the rep's appointment), one rejected.
	 */
	private void createRequests(List<UserSummary> reps, List<Product> products, DemoPeople people, Random random,
			LocalDate today, Map<Long, List<Instant[]>> busy) {
		for (int i = 0; i < 8; i++) {
			CustomerDetails company = people.company(reps.size() * CUSTOMERS_PER_REP + i);
			Product product = products.get((i * 7) % products.size());
			String requester = people.personName();
			String email = DemoPeople.slug(requester) + "@"
					+ company.email().substring(company.email().indexOf('@') + 1);
			RequestDetails details = new RequestDetails(requester, company.companyName(), email, company.phone(),
					"Intéressé(e) par : " + product.getName(), product.getId(),
					"Bonjour, nous souhaitons être recontactés pour un devis concernant " + product.getName() + ".",
					"Mardi ou jeudi matin", true);
			Instant sent = today.minusDays(1 + i).atTime(8 + i, 15).atZone(PARIS).toInstant();
			AppointmentRequest request = this.appointments.recordRequest(details, sent);
			if (i == 5 || i == 6) {
				UserSummary rep = reps.get(i % reps.size());
				Customer prospect = this.customers.createBackdated(CustomerType.PROSPECT, company, rep.id(),
						sent.plus(Duration.ofHours(2)));
				Instant start = freeSlot(busy, rep.id(), today.plusDays(7 + i));
				this.appointments.assignRequest(request.getId(), rep.id(),
						new AppointmentDetails(prospect.getId(), null, start, start.plus(Duration.ofHours(1)),
								prospect.getAddressLine() + ", " + prospect.getPostalCode() + " " + prospect.getCity(),
								details.subject(), details.message()));
			}
			else if (i == 7) {
				this.appointments.rejectRequest(request.getId(), "Demande hors de notre zone d'intervention.");
			}
		}
	}

	private static Instant freeSlot(Map<Long, List<Instant[]>> busy, long repId, LocalDate from) {
		for (LocalDate day = from;; day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (int hour = 9; hour < 17; hour++) {
				Instant start = day.atTime(hour, 0).atZone(PARIS).toInstant();
				if (reserve(busy, repId, start, start.plus(Duration.ofHours(1)))) {
					return start;
				}
			}
		}
	}

}
