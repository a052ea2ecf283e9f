package fr.infotools.security;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.RequestDetails;
import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.security.Browser.Page;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS: markup written into every free-text field that the pages and mails show —
 * stored through the services, below any form's validation, as the worst case — comes out
 * of each page and mail as text: escaped, never as a live tag. (The public website writes
 * what it reads from the public API with {@code textContent}: SiteBrowserTests checks it
 * in the browser.)
 */
@IntegrationTest
class StoredTextEscapingTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String HANDLER = "<img src=x onerror=alert(1)>";

	private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

	@LocalServerPort
	int port;

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@Autowired
	Appointments appointments;

	@Autowired
	Catalog catalog;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void markupStoredInFreeTextIsShownAsTextOnEveryPageAndMail() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String hostile = SCRIPT + " " + HANDLER + " ${7*7} " + tag;
		long productId = this.actors
			.as(DemoAccounts.MANAGER,
					() -> this.catalog.create(new ProductDetails("XSS-" + tag.toUpperCase(), "Produit " + hostile,
							"Description " + hostile, ProductCategory.SOFTWARE, Money.euros("100.00"),
							Money.euros("40.00"), VatRate.STANDARD, true, true, false, 0))
						.getId());
		long customerId = this.actors.as(DemoAccounts.REP,
				() -> this.customers
					.create(CustomerType.CUSTOMER,
							new CustomerDetails(tag + " Société " + hostile, null, "xss-" + tag + "@exemple.fr", null,
									"Rue " + hostile, "69001", "Lyon " + tag, "FR", "Notes " + hostile),
							null)
					.getId());
		long contactId = this.actors
			.as(DemoAccounts.REP,
					() -> this.customers
						.addContact(customerId,
								new ContactDetails("Alice " + hostile, "Nom " + hostile, "Poste " + hostile, null,
										null))
						.getId());
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(400);
		Instant start = day.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant().truncatedTo(ChronoUnit.MINUTES);
		long appointmentId = this.actors.as(DemoAccounts.REP,
				() -> this.appointments
					.book(null,
							new AppointmentDetails(customerId, contactId, start, start.plusSeconds(3600),
									"Lieu " + hostile, "Sujet " + hostile, "Notes " + hostile))
					.getId());
		long invoiceId = this.actors.as(DemoAccounts.REP, () -> {
			Invoice draft = this.invoicing.createDraft(customerId, 30);
			this.invoicing.addLine(draft.getId(), productId, 1, BigDecimal.ZERO);
			return this.invoicing.issue(draft.getId()).getId();
		});
		this.appointments.submitRequest(
				new RequestDetails("Demandeur " + hostile, "Société " + hostile, "demande-" + tag + "@exemple.fr", null,
						"Sujet " + hostile, null, "Message " + hostile, "Créneaux " + hostile, true));

		Map<String, String> shown = new LinkedHashMap<>();
		Browser rep = new Browser(this.port).logIn(DemoAccounts.REP);
		shown.put("/app/clients?q=" + tag, page(rep, "/app/clients?q=" + tag));
		shown.put("/app/clients/{id}", page(rep, "/app/clients/" + customerId));
		shown.put("/app/clients/{id}/modifier", page(rep, "/app/clients/" + customerId + "/modifier"));
		shown.put("/app/clients/{id}/achats", page(rep, "/app/clients/" + customerId + "/achats"));
		shown.put("/app/clients/{id}/contacts/{contactId}/modifier",
				page(rep, "/app/clients/" + customerId + "/contacts/" + contactId + "/modifier"));
		shown.put("/app/rendez-vous/{id}", page(rep, "/app/rendez-vous/" + appointmentId));
		shown.put("/app/rendez-vous/{id}/modifier", page(rep, "/app/rendez-vous/" + appointmentId + "/modifier"));
		shown.put("/app/rendez-vous/semaine", page(rep, "/app/rendez-vous/semaine?date=" + day));
		shown.put("/app/rendez-vous?du&au", page(rep, "/app/rendez-vous?du=" + day + "&au=" + day));
		shown.put("/app/produits?q", page(rep, "/app/produits?q=XSS-" + tag.toUpperCase()));
		shown.put("mail request-received (HTML body)",
				this.jdbc
					.sql("SELECT html_body FROM mail_outbox WHERE template = 'request-received' AND recipients LIKE ?")
					.param("%demande-" + tag + "%")
					.query(String.class)
					.single());

		List<String> problems = new ArrayList<>();
		shown.forEach((where, html) -> {
			if (html.contains(SCRIPT) || html.contains(HANDLER)) {
				problems.add(where + ": markup came out live");
			}
			if (!html.contains(ESCAPED_SCRIPT)) {
				problems.add(where + ": the text is not shown (escaped) at all");
			}
			if (html.contains("49 " + tag)) {
				problems.add(where + ": an expression was evaluated");
			}
		});
		writeReport(shown.keySet(), problems);
		assertThat(problems).isEmpty();
		assertThat(invoiceId).isPositive();
	}

	private static String page(Browser browser, String path) {
		Page page = browser.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return page.body();
	}

	private static void writeReport(Iterable<String> places, List<String> problems) {
		StringBuilder md = new StringBuilder("## Stored text shown escaped\n\n");
		md.append("The text `")
			.append(SecurityReport.cell(SCRIPT + " " + HANDLER + " ${7*7}"))
			.append("` was stored in every free-text field (customer, contact, appointment, product, invoice line, ")
			.append("website request), then each place that shows it was read: ")
			.append(problems.isEmpty() ? "all show it as escaped text" : problems.size() + " problems")
			.append(".\n\n");
		places.forEach((place) -> md.append("- `").append(SecurityReport.cell(place)).append("`\n"));
		problems.forEach((problem) -> md.append("- FAILED: ").append(SecurityReport.cell(problem)).append('\n'));
		SecurityReport.section("25-stored-text-escaping.md", md.toString());
	}

}
