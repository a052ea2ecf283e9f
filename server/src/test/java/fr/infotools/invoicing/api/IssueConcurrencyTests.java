package fr.infotools.invoicing.api;

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

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.shared.VatRate;
import fr.infotools.stock.Stock;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty drafts of one unit each compete over HTTP for a product with ten units in stock:
 * exactly ten are issued, with consecutive numbers and no gap, the forty others are
 * refused with nothing changed, and the stock never goes below zero.
 */
@IntegrationTest
class IssueConcurrencyTests {

	private static final Logger log = LoggerFactory.getLogger(IssueConcurrencyTests.class);

	private static final int DRAFTS = 50;

	private static final int STOCK = 10;

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
	void fiftyConcurrentIssuesForTenUnitsIssueExactlyTenWithGapFreeNumbers() throws Exception {
		InvoiceFixtures fixtures = new InvoiceFixtures(this.actors, this.catalog, this.stock, this.customers,
				this.invoicing);
		Product product = fixtures.product("Routeur 4G", "349.00", "220.00", VatRate.STANDARD, true, STOCK);
		Customer customer = fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < DRAFTS; i++) {
			drafts.add(fixtures.draft(customer, product).getId());
		}
		String series = "FA-" + LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
		int before = this.jdbc.sql("SELECT last_value FROM document_sequences WHERE series = ?")
			.param(series)
			.query(Integer.class)
			.optional()
			.orElse(0);
		String token = new Api(this.port).login(DemoAccounts.MANAGER).access();

		ExecutorService pool = Executors.newFixedThreadPool(DRAFTS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> answers = new ArrayList<>();
		try {
			for (long id : drafts) {
				answers.add(pool.submit(() -> {
					Api api = new Api(this.port);
					start.await();
					return api.post("/api/v1/invoices/" + id + "/issue", Map.of(), token);
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> answer : answers) {
				responses.add(answer.get(120, TimeUnit.SECONDS));
			}

			List<Response> issued = responses.stream().filter((r) -> r.status() == 200).toList();
			List<Response> refused = responses.stream().filter((r) -> r.status() == 409).toList();
			assertThat(issued).hasSize(STOCK);
			assertThat(refused).hasSize(DRAFTS - STOCK)
				.allSatisfy((r) -> assertThat(r.json().get("code").asString()).isEqualTo("insufficient-stock"))
				.allSatisfy((r) -> assertThat(r.json().get("shortages").get(0).get("available").asInt()).isZero());

			List<String> expected = new ArrayList<>();
			for (int n = before + 1; n <= before + STOCK; n++) {
				expected.add(String.format("%s-%05d", series, n));
			}
			List<String> numbers = issued.stream().map((r) -> r.json().get("number").asString()).sorted().toList();
			assertThat(numbers).containsExactlyElementsOf(expected);
			assertThat(this.jdbc.sql("SELECT last_value FROM document_sequences WHERE series = ?")
				.param(series)
				.query(Integer.class)
				.single()).isEqualTo(before + STOCK);

			log.info("{} concurrent issues for {} units: {} issued ({}), {} refused with insufficient-stock", DRAFTS,
					STOCK, issued.size(), String.join(", ", numbers), refused.size());
			assertThat(this.stock.level(product.getId())).isZero();
			List<Integer> movements = this.jdbc
				.sql("SELECT quantity FROM stock_movements WHERE product_id = ? ORDER BY id")
				.param(product.getId())
				.query(Integer.class)
				.list();
			assertThat(movements).hasSize(1 + STOCK);
			int level = 0;
			for (int movement : movements) {
				level += movement;
				assertThat(level).isNotNegative();
			}
			assertThat(level).isZero();

			for (Response response : issued) {
				long id = response.json().get("id").asLong();
				String number = response.json().get("number").asString();
				assertThat(this.jdbc
					.sql("""
							SELECT COUNT(*) FROM audit_log WHERE table_name = 'invoices' AND row_id = ? AND action = 'UPDATE'
							  AND changed LIKE ?""")
					.params(String.valueOf(id), "%" + number + "%")
					.query(Long.class)
					.single()).as("audit row of " + number).isOne();
				assertThat(this.jdbc.sql("SELECT COUNT(*) FROM stock_movements WHERE reference = ? AND quantity = -1")
					.param(number)
					.query(Long.class)
					.single()).isOne();
			}
			assertThat(this.jdbc
				.sql("SELECT COUNT(*) FROM invoices WHERE id IN (:ids) AND status = 'DRAFT' " + "AND number IS NULL")
				.param("ids", drafts)
				.query(Long.class)
				.single()).isEqualTo(DRAFTS - STOCK);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
