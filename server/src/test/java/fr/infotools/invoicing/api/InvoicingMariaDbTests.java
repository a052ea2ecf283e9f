package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.invoicing.PdfText;
import fr.infotools.shared.VatRate;
import fr.infotools.stock.Stock;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import fr.infotools.testsupport.ThrowawayMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoicing on a real MariaDB: the list filters and the purchase recap (SQL that must run
 * unchanged on both databases), credit notes, the PDF, and concurrent issues serialised
 * by InnoDB row locks with gap-free numbers.
 */
@ExtendWith(ThrowawayMariaDb.class)
@IntegrationTest
@DirtiesContext
@Tag("mariadb")
class InvoicingMariaDbTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ThrowawayMariaDb::url);
		registry.add("spring.datasource.username", ThrowawayMariaDb::user);
		registry.add("spring.datasource.password", ThrowawayMariaDb::password);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Actors actors;

	@Autowired
	Catalog catalog;

	@Autowired
	Stock stock;

	@Autowired
	Customers customers;

	@Autowired
	Invoicing invoicing;

	@Test
	void listsAndRecapsAreComputedByMariaDb() throws Exception {
		assertThat(this.jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
		Api api = new Api(this.port);
		String rep = api.login(DemoAccounts.REP).access();
		String manager = api.login(DemoAccounts.MANAGER).access();
		long repId = this.actors.user(DemoAccounts.REP).id();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

		long visible = count(
				"SELECT COUNT(*) FROM invoices i JOIN customers c ON c.id = i.customer_id " + "WHERE c.owner_id = ?",
				repId);
		assertThat(api.get("/api/v1/invoices?size=1", rep).json().get("totalItems").asLong()).isEqualTo(visible);
		long overdue = count("SELECT COUNT(*) FROM invoices WHERE kind = 'INVOICE' "
				+ "AND status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < ?", today);
		assertThat(api.get("/api/v1/invoices?overdue=true&size=1", manager).json().get("totalItems").asLong())
			.isEqualTo(overdue);
		assertThat(api.get("/api/v1/invoices?kind=CREDIT_NOTE&sort=totalInclVat,desc", manager)
			.json()
			.get("totalItems")
			.asLong()).isEqualTo(count("SELECT COUNT(*) FROM invoices WHERE kind = 'CREDIT_NOTE'"));

		long withCredit = count("SELECT MIN(customer_id) FROM invoices WHERE kind = 'CREDIT_NOTE'");
		PurchasesApiTests.assertRecapMatchesSql(
				api.get("/api/v1/customers/" + withCredit + "/purchases", manager).json(), withCredit, this.jdbc,
				today);

		InvoiceFixtures fixtures = new InvoiceFixtures(this.actors, this.catalog, this.stock, this.customers,
				this.invoicing);
		Customer customer = fixtures.customer(DemoAccounts.REP, CustomerType.PROSPECT);
		Product cable = fixtures.product("Câble", "0.99", "0.40", VatRate.STANDARD, true, 10);
		long id = fixtures.draft(customer, cable, cable).getId();
		JsonNode issued = api.post("/api/v1/invoices/" + id + "/issue", Map.of(), rep).json();
		assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
		Response note = api.post("/api/v1/invoices/" + id + "/credit-note",
				Map.of("lines", List.of(Map.of("lineNo", 2, "quantity", 1))), rep);
		assertThat(note.status()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/invoices/" + id + "/credit-note",
					Map.of("lines", List.of(Map.of("lineNo", 2, "quantity", 1))), rep)
			.status()).isEqualTo(422);
		JsonNode recap = api.get("/api/v1/customers/" + customer.getId() + "/purchases", rep).json();
		PurchasesApiTests.assertRecapMatchesSql(recap, customer.getId(), this.jdbc, today);
		// 2 × 0.99 + 20 % = 2.38, less 0.99 + 0.20 = 1.19 credited
		assertThat(recap.get("totalInclVat").decimalValue()).isEqualByComparingTo(new BigDecimal("1.19"));
		assertThat(PdfText.of(PdfText.download(this.port, "/api/v1/invoices/" + id + "/pdf", rep)))
			.contains(issued.get("number").asString(), "2,38 €");
	}

	@Test
	void concurrentIssuesOnMariaDbKeepNumbersGapFreeAndStockNonNegative() throws Exception {
		InvoiceFixtures fixtures = new InvoiceFixtures(this.actors, this.catalog, this.stock, this.customers,
				this.invoicing);
		Product product = fixtures.product("Routeur", "349.00", "220.00", VatRate.STANDARD, true, 5);
		Customer customer = fixtures.customer(DemoAccounts.OTHER_REP, CustomerType.CUSTOMER);
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			drafts.add(fixtures.draft(customer, product).getId());
		}
		String series = "FA-" + LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
		int before = this.jdbc.sql("SELECT last_value FROM document_sequences WHERE series = ?")
			.param(series)
			.query(Integer.class)
			.optional()
			.orElse(0);
		String token = new Api(this.port).login(DemoAccounts.MANAGER).access();
		ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Response>> answers = new ArrayList<>();
			for (long id : drafts) {
				answers.add(pool.submit(() -> {
					start.await();
					return new Api(this.port).post("/api/v1/invoices/" + id + "/issue", Map.of(), token);
				}));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>();
			int refused = 0;
			for (Future<Response> answer : answers) {
				Response response = answer.get(120, TimeUnit.SECONDS);
				if (response.status() == 200) {
					numbers.add(response.json().get("number").asString());
				}
				else {
					assertThat(response.status()).isEqualTo(409);
					refused++;
				}
			}
			assertThat(refused).isEqualTo(15);
			assertThat(numbers.stream().sorted().toList()).containsExactly(String.format("%s-%05d", series, before + 1),
					String.format("%s-%05d", series, before + 2), String.format("%s-%05d", series, before + 3),
					String.format("%s-%05d", series, before + 4), String.format("%s-%05d", series, before + 5));
			assertThat(this.stock.level(product.getId())).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
