package fr.infotools.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The dashboard's figures against the same figures worked out in the test from the rows
 * themselves.
 */
@IntegrationTest
class StatisticsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String manager;

	LocalDate from;

	LocalDate to;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		this.to = LocalDate.now(ZoneId.of("Europe/Paris"));
		this.from = this.to.minusMonths(6);
	}

	@Test
	void revenueAndMarginAreInvoicesLessCreditNotesAndAddUpAcrossBreakdowns() {
		JsonNode dashboard = dashboard();
		BigDecimal revenue = BigDecimal.ZERO;
		BigDecimal margin = BigDecimal.ZERO;
		for (Map<String, Object> row : this.jdbc.sql(
				"SELECT kind, total_excl_vat, total_cost FROM invoices WHERE status <> 'DRAFT' AND issue_date BETWEEN ? AND ?")
			.params(this.from, this.to)
			.query()
			.listOfRows()) {
			BigDecimal sign = "CREDIT_NOTE".equals(row.get("kind")) ? BigDecimal.ONE.negate() : BigDecimal.ONE;
			BigDecimal excl = (BigDecimal) row.get("total_excl_vat");
			revenue = revenue.add(excl.multiply(sign));
			margin = margin.add(excl.subtract((BigDecimal) row.get("total_cost")).multiply(sign));
		}
		assertThat(revenue).isPositive();
		assertThat(dashboard.get("revenue").decimalValue()).isEqualByComparingTo(revenue);
		assertThat(dashboard.get("margin").decimalValue()).isEqualByComparingTo(margin);
		assertThat(dashboard.get("marginRate").decimalValue())
			.isEqualByComparingTo(margin.divide(revenue, 4, java.math.RoundingMode.HALF_UP));
		assertThat(sum(dashboard.get("byMonth"), "revenue")).isEqualByComparingTo(revenue);
		assertThat(sum(dashboard.get("byRep"), "revenue")).isEqualByComparingTo(revenue);
		assertThat(sum(dashboard.get("byCategory"), "revenue")).isEqualByComparingTo(revenue);
		assertThat(sum(dashboard.get("byCategory"), "margin")).isEqualByComparingTo(margin);
		assertThat(dashboard.get("byMonth").size()).isBetween(6, 7);
		assertThat(dashboard.get("topProducts").size()).isBetween(1, 10);
	}

	@Test
	void invoiceCountsAppointmentsConversionAndLowStock() {
		JsonNode dashboard = dashboard();
		long issued = this.jdbc.sql(
				"SELECT COUNT(*) FROM invoices WHERE kind = 'INVOICE' AND status <> 'DRAFT' AND issue_date BETWEEN ? AND ?")
			.params(this.from, this.to)
			.query(Long.class)
			.single();
		assertThat(dashboard.get("invoices").get("issued").asLong()).isEqualTo(issued);
		assertThat(dashboard.get("invoices").get("overdue").asLong()).isPositive();
		long appointments = 0;
		for (JsonNode rep : dashboard.get("appointmentsByRep")) {
			appointments += rep.get("planned").asLong() + rep.get("done").asLong() + rep.get("cancelled").asLong();
		}
		assertThat(appointments).isPositive();
		double rate = dashboard.get("conversionRate").asDouble();
		assertThat(rate).isBetween(0.0, 1.0);
		List<Map<String, Object>> low = this.jdbc.sql(
				"SELECT p.id FROM stock_levels s JOIN products p ON p.id = s.product_id WHERE p.active = TRUE AND s.quantity <= p.reorder_level")
			.query()
			.listOfRows();
		assertThat(dashboard.get("lowStock").size()).isEqualTo(low.size()).isPositive();
	}

	@Test
	void onlyManagersSeeStatisticsAndPeriodsAreChecked() {
		String rep = this.api.login(DemoAccounts.REP).access();
		assertThat(this.api.get("/api/v1/stats/dashboard", rep).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/stats/dashboard", null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/stats/dashboard", this.manager).status()).isEqualTo(200);
		Response reversed = this.api.get("/api/v1/stats/dashboard?from=2026-05-01&to=2026-04-01", this.manager);
		assertThat(reversed.status()).isEqualTo(422);
		assertThat(reversed.errorFields()).containsExactly("to");
		assertThat(this.api.get("/api/v1/stats/dashboard?from=2015-01-01&to=2026-01-01", this.manager).errorFields())
			.containsExactly("to");
		Response malformed = this.api.get("/api/v1/stats/dashboard?from=yesterday", this.manager);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactly("from");
	}

	private JsonNode dashboard() {
		Response response = this.api.get("/api/v1/stats/dashboard?from=" + this.from + "&to=" + this.to, this.manager);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private static BigDecimal sum(JsonNode items, String field) {
		BigDecimal total = BigDecimal.ZERO;
		for (JsonNode item : items) {
			total = total.add(item.get(field).decimalValue());
		}
		return total;
	}

}
