package fr.infotools.extranet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.appointment.Appointments;
import fr.infotools.customer.Contact;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists stay fast on large data: each page sends a small, fixed number of SQL statements,
 * the same whether it shows a few rows or a hundred — pages are cut by the database and
 * names are fetched for a whole page at once (no query per row). Runs on its own server
 * and database (the statements are counted by a wrapper around the data source), so the
 * data added here touches no other test.
 */
@IntegrationTest
@Import(StatementCounter.class)
class ExtranetQueryCountTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The next free ten minutes of the night, shared by the tests of this class. */
	static final AtomicInteger SLOT = new AtomicInteger();

	@Autowired
	WebApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@Autowired
	Appointments appointments;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = ExtranetMvc.of(this.context);
	}

	@Test
	void theHomePageSendsTheSameFewStatementsHoweverBusyTheWeekIs() throws Exception {
		addAppointmentsThisWeek(1);
		int before = statements("/app");
		addAppointmentsThisWeek(15);
		int after = statements("/app");
		report("home page (`/app`)", before, after);
		assertThat(after).as("statements of the home page after adding 15 appointments this week").isEqualTo(before);
		assertThat(before).isLessThanOrEqualTo(12);
	}

	@Test
	void theCustomerListSendsTwoStatementsWhateverThePageSize() throws Exception {
		addCustomers(120);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String size : List.of("5", "20", "50", "100")) {
			counts.put(size, statements("/app/clients?size=" + size));
		}
		int searched = statements("/app/clients?q=Compte&size=50");
		report("customer list (`/app/clients`), page sizes " + counts.keySet(), counts.get("5"), counts.get("100"));
		assertThat(counts.values()).as("statements per page size " + counts).containsOnly(2);
		assertThat(searched).isEqualTo(2);
	}

	@Test
	void theOtherPagesSendAFewStatementsToo() throws Exception {
		addAppointmentsThisWeek(10);
		long customerId = this.jdbc.sql("""
				SELECT c.id FROM customers c WHERE c.owner_id = ? AND EXISTS
				  (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.status <> 'DRAFT')
				ORDER BY c.id LIMIT 1""").param(rep().id()).query(Long.class).single();
		Map<String, Integer> pages = new LinkedHashMap<>();
		for (String page : List.of("/app/rendez-vous", "/app/rendez-vous/semaine", "/app/rendez-vous/nouveau",
				"/app/produits", "/app/clients/" + customerId, "/app/clients/" + customerId + "/achats",
				"/app/profil")) {
			pages.put(page, statements(page));
		}
		pages.forEach((page, count) -> report(page, count, count));
		assertThat(pages.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(10));
	}

	private int statements(String path) throws Exception {
		RequestPostProcessor rep = ExtranetMvc.as(this.actors, DemoAccounts.REP);
		// once to warm up (templates are compiled on their first use)
		this.mvc.perform(get(path).with(rep)).andExpect(status().isOk());
		return StatementCounter.count(() -> this.mvc.perform(get(path).with(rep)).andExpect(status().isOk()));
	}

	/**
	 * Appointments of the rep today, early in the morning before any demo appointment,
	 * each in its own ten minutes, with a customer and a contact.
	 */
	private void addAppointmentsThisWeek(int count) {
		Customer customer = this.actors.as(DemoAccounts.REP,
				() -> this.customers.create(CustomerType.CUSTOMER, new CustomerDetails("Semaine chargée", null, null,
						null, "1 rue de la Paix", "75002", "Paris", "FR", null), null));
		List<Contact> people = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			int n = i;
			people.add(this.actors.as(DemoAccounts.REP, () -> this.customers.addContact(customer.getId(),
					new ContactDetails("Contact", "n°" + n, null, null, null))));
		}
		Instant midnight = LocalDate.now(PARIS).atStartOfDay(PARIS).toInstant();
		for (int i = 0; i < count; i++) {
			Instant start = midnight.plusSeconds(600L * SLOT.getAndIncrement());
			Contact contact = people.get(i % people.size());
			this.actors.run(DemoAccounts.MANAGER,
					() -> this.appointments.record(
							rep().id(), new AppointmentDetails(customer.getId(), contact.getId(), start,
									start.plusSeconds(480), null, "Rendez-vous chargé", null),
							AppointmentStatus.PLANNED));
		}
	}

	private void addCustomers(int count) {
		for (int i = 0; i < count; i++) {
			String name = String.format("Compte %03d", i);
			this.actors.run(DemoAccounts.REP, () -> this.customers.create(CustomerType.PROSPECT,
					new CustomerDetails(name, null, null, null, null, null, "Lyon", "FR", null), null));
		}
	}

	private fr.infotools.identity.CurrentUser rep() {
		return this.actors.user(DemoAccounts.REP);
	}

	private static void report(String page, int before, int after) {
		System.out.printf("SQL statements, %s: %d (then %d with more data)%n", page, before, after);
	}

}
