package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's purchase recap over real HTTP, against the same figures computed here in
 * SQL another way (invoices and credit notes summed apart, then subtracted).
 */
@IntegrationTest
class PurchasesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String manager;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
	}

	@Test
	void theRecapOfADemoCustomerWithACreditNoteEqualsTheSumsOfItsRows() {
		long customerId = this.jdbc.sql("SELECT MIN(customer_id) FROM invoices WHERE kind = 'CREDIT_NOTE'")
			.query(Long.class)
			.single();
		Response response = this.api.get("/api/v1/customers/" + customerId + "/purchases", this.manager);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("invoices")).isNotEmpty();
		assertThat(response.json().get("products")).isNotEmpty();
		assertRecapMatchesSql(response.json(), customerId, this.jdbc, LocalDate.now(ZoneId.of("Europe/Paris")));
	}

	@Test
	void theRecapOfTheCustomerWithTheMostInvoicesEqualsTheSumsOfItsRows() {
		long customerId = this.jdbc.sql("""
				SELECT customer_id FROM invoices WHERE status <> 'DRAFT'
				GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id FETCH FIRST 1 ROWS ONLY""")
			.query(Long.class)
			.single();
		long ownerId = this.jdbc.sql("SELECT owner_id FROM customers WHERE id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		String owner = this.jdbc.sql("SELECT username FROM users WHERE id = ?")
			.param(ownerId)
			.query(String.class)
			.single();
		String ownerToken = this.api.login(owner).access();
		Response response = this.api.get("/api/v1/customers/" + customerId + "/purchases", ownerToken);
		assertThat(response.status()).isEqualTo(200);
		assertRecapMatchesSql(response.json(), customerId, this.jdbc, LocalDate.now(ZoneId.of("Europe/Paris")));
		String stranger = owner.equals(DemoAccounts.REP) ? DemoAccounts.OTHER_REP : DemoAccounts.REP;
		Response hidden = this.api.get("/api/v1/customers/" + customerId + "/purchases",
				this.api.login(stranger).access());
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/customers/999999/purchases", this.manager).status()).isEqualTo(404);
	}

	@Test
	void aCustomerWhoBoughtNothingHasAnEmptyRecap() {
		long prospect = this.jdbc.sql("""
				SELECT MIN(c.id) FROM customers c
				WHERE NOT EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id)""").query(Long.class).single();
		JsonNode recap = this.api.get("/api/v1/customers/" + prospect + "/purchases", this.manager).json();
		assertThat(recap.get("invoices")).isEmpty();
		assertThat(recap.get("years")).isEmpty();
		assertThat(recap.get("products")).isEmpty();
		assertThat(recap.get("totalInclVat").decimalValue()).isZero();
		assertThat(recap.get("amountDue").decimalValue()).isZero();
		assertThat(recap.get("overdueAmount").decimalValue()).isZero();
	}

	/**
	 * Checks every figure of a recap against SQL: invoices and credit notes are summed
	 * apart and subtracted here, where the server nets them in one query.
	 */
	static void assertRecapMatchesSql(JsonNode recap, long customerId, JdbcClient jdbc, LocalDate today) {
		List<Map<String, Object>> documents = jdbc
			.sql("""
					SELECT id, number, total_incl_vat, kind, status, total_incl_vat - amount_paid - amount_credited AS left_to_pay,
					       due_date FROM invoices WHERE customer_id = ? AND status <> 'DRAFT' ORDER BY issue_date DESC, id DESC""")
			.param(customerId)
			.query()
			.listOfRows();
		assertThat(recap.get("invoices")).hasSize(documents.size());
		BigDecimal due = BigDecimal.ZERO;
		BigDecimal overdue = BigDecimal.ZERO;
		for (int i = 0; i < documents.size(); i++) {
			Map<String, Object> row = documents.get(i);
			JsonNode document = recap.get("invoices").get(i);
			assertThat(document.get("id").asLong()).isEqualTo(((Number) row.get("id")).longValue());
			assertThat(document.get("number").asString()).isEqualTo(row.get("number"));
			assertThat(document.get("totalInclVat").decimalValue())
				.isEqualByComparingTo((BigDecimal) row.get("total_incl_vat"));
			boolean open = "INVOICE".equals(row.get("kind"))
					&& List.of("ISSUED", "PARTIALLY_PAID").contains(row.get("status"));
			BigDecimal left = open ? (BigDecimal) row.get("left_to_pay") : BigDecimal.ZERO;
			assertThat(document.get("amountDue").decimalValue()).isEqualByComparingTo(left);
			boolean late = open && ((java.sql.Date) row.get("due_date")).toLocalDate().isBefore(today);
			assertThat(document.get("overdue").asBoolean()).isEqualTo(late);
			due = due.add(left);
			overdue = late ? overdue.add(left) : overdue;
		}
		assertThat(recap.get("amountDue").decimalValue()).isEqualByComparingTo(due);
		assertThat(recap.get("overdueAmount").decimalValue()).isEqualByComparingTo(overdue);

		Map<Integer, BigDecimal[]> years = new HashMap<>();
		jdbc.sql("""
				SELECT YEAR(issue_date) AS y, kind, SUM(total_excl_vat) AS excl_vat, SUM(total_incl_vat) AS incl_vat
				FROM invoices WHERE customer_id = ? AND status <> 'DRAFT' GROUP BY YEAR(issue_date), kind""")
			.param(customerId)
			.query()
			.listOfRows()
			.forEach((row) -> {
				BigDecimal sign = "INVOICE".equals(row.get("kind")) ? BigDecimal.ONE : BigDecimal.ONE.negate();
				BigDecimal[] sums = years.computeIfAbsent(((Number) row.get("y")).intValue(),
						(y) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(sign.multiply((BigDecimal) row.get("excl_vat")));
				sums[1] = sums[1].add(sign.multiply((BigDecimal) row.get("incl_vat")));
			});
		assertThat(recap.get("years")).hasSize(years.size());
		BigDecimal totalExcl = BigDecimal.ZERO;
		BigDecimal totalIncl = BigDecimal.ZERO;
		for (JsonNode year : recap.get("years")) {
			BigDecimal[] sums = years.get(year.get("year").asInt());
			assertThat(sums).as("year " + year.get("year").asInt()).isNotNull();
			assertThat(year.get("totalExclVat").decimalValue()).isEqualByComparingTo(sums[0]);
			assertThat(year.get("totalInclVat").decimalValue()).isEqualByComparingTo(sums[1]);
			totalExcl = totalExcl.add(sums[0]);
			totalIncl = totalIncl.add(sums[1]);
		}
		assertThat(recap.get("totalExclVat").decimalValue()).isEqualByComparingTo(totalExcl);
		assertThat(recap.get("totalInclVat").decimalValue()).isEqualByComparingTo(totalIncl);

		Map<Long, BigDecimal[]> products = new HashMap<>();
		jdbc.sql("""
				SELECT l.product_id, i.kind, SUM(l.quantity) AS quantity, SUM(l.net_amount) AS amount
				FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
				WHERE i.customer_id = ? AND i.status <> 'DRAFT' GROUP BY l.product_id, i.kind""")
			.param(customerId)
			.query()
			.listOfRows()
			.forEach((row) -> {
				BigDecimal sign = "INVOICE".equals(row.get("kind")) ? BigDecimal.ONE : BigDecimal.ONE.negate();
				BigDecimal[] sums = products.computeIfAbsent(((Number) row.get("product_id")).longValue(),
						(p) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(sign.multiply(new BigDecimal(row.get("quantity").toString())));
				sums[1] = sums[1].add(sign.multiply((BigDecimal) row.get("amount")));
			});
		products.values().removeIf((sums) -> sums[0].signum() == 0 && sums[1].signum() == 0);
		List<Long> listed = new ArrayList<>();
		for (JsonNode product : recap.get("products")) {
			long id = product.get("productId").asLong();
			listed.add(id);
			assertThat(product.get("quantity").decimalValue()).as("product " + id)
				.isEqualByComparingTo(products.get(id)[0]);
			assertThat(product.get("amountExclVat").decimalValue()).as("product " + id)
				.isEqualByComparingTo(products.get(id)[1]);
			assertThat(product.get("sku").asString()).isNotBlank();
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(products.keySet());
	}

}
