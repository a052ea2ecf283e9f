package fr.infotools.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads summaries kept up to date by every change; here each of its figures
 * is worked out again from the invoices, lines and appointments themselves (the queries
 * the dashboard ran before it had summaries), for periods cut at every kind of edge,
 * after the changes that move the summaries: an issue, a credit note, an appointment
 * booked, moved to another day, cancelled and deleted.
 */
@IntegrationTest
@DirtiesContext
class DashboardSummariesTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final String SIGN = "CASE WHEN i.kind = 'CREDIT_NOTE' THEN -1 ELSE 1 END";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	fr.infotools.invoicing.Invoicing invoicing;

	@Autowired
	fr.infotools.testsupport.Actors actors;

	@Test
	void everyFigureMatchesTheSourceRowsAfterTheChangesThatMoveThem() {
		Api api = new Api(this.port);
		String manager = api.login(DemoAccounts.MANAGER).access();
		changeInvoicesAndAppointments(api, manager);

		LocalDate today = LocalDate.now(PARIS);
		List<LocalDate[]> periods = List.of(new LocalDate[] { today.minusMonths(6).plusDays(3), today },
				new LocalDate[] { today.minusMonths(12).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1) },
				new LocalDate[] { today, today }, new LocalDate[] { today.withDayOfMonth(1), today },
				new LocalDate[] { today.minusDays(40), today.minusDays(35) },
				new LocalDate[] { today.plusDays(1), today.plusDays(45) });
		long rep = this.jdbc.sql("SELECT MIN(sales_rep_id) FROM invoices").query(Long.class).single();
		for (LocalDate[] period : periods) {
			for (Long scope : new Long[] { null, rep }) {
				JsonNode dashboard = api
					.get("/api/v1/stats/dashboard?from=" + period[0] + "&to=" + period[1]
							+ ((scope != null) ? "&rep=" + scope : ""), manager)
					.json();
				assertMatchesSources(dashboard, period[0], period[1], scope);
			}
		}
	}

	/**
	 * No invoice is dated after today: what lets the dashboard read the current month's
	 * row for the month so far.
	 */
	@Test
	void anInvoiceCannotBeIssuedWithADateToCome() {
		long draft = this.jdbc.sql("SELECT MAX(id) FROM invoices WHERE status = 'DRAFT'").query(Long.class).single();
		LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(fr.infotools.shared.BusinessRuleException.class)
			.isThrownBy(() -> this.actors.as(DemoAccounts.MANAGER, () -> this.invoicing.issue(draft, tomorrow)));
		assertThat(this.jdbc.sql("SELECT status FROM invoices WHERE id = ?").param(draft).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	/**
	 * The revenue on a rep's home page is the one the managers' dashboard shows for them.
	 */
	@Test
	void aRepsRevenueIsWhatTheDashboardCountsForThem() {
		Api api = new Api(this.port);
		String manager = api.login(DemoAccounts.MANAGER).access();
		LocalDate today = LocalDate.now(PARIS);
		LocalDate january = today.withDayOfYear(1);
		long rep = this.jdbc.sql("SELECT id FROM users WHERE username = ?")
			.param(DemoAccounts.REP)
			.query(Long.class)
			.single();
		java.math.BigDecimal onTheDashboard = api
			.get("/api/v1/stats/dashboard?from=" + january + "&to=" + today + "&rep=" + rep, manager)
			.json()
			.get("revenue")
			.decimalValue();

		fr.infotools.shared.Money onTheHomePage = this.actors.as(DemoAccounts.REP,
				() -> this.invoicing.revenue(january, today));

		assertThat(onTheHomePage.amount()).isEqualByComparingTo(onTheDashboard).isPositive();
	}

	private void changeInvoicesAndAppointments(Api api, String manager) {
		long draft = this.jdbc.sql("SELECT MIN(id) FROM invoices WHERE status = 'DRAFT'").query(Long.class).single();
		assertThat(api.post("/api/v1/invoices/" + draft + "/issue", null, manager).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/invoices/" + draft + "/credit-note", Map.of(), manager).status()).isEqualTo(201);
		Map<String, Object> customer = this.jdbc
			.sql("SELECT id, owner_id FROM customers WHERE type = 'CUSTOMER' ORDER BY id")
			.query()
			.listOfRows()
			.get(0);
		Instant start = LocalDate.now(PARIS).plusDays(9).atTime(23, 30).atZone(PARIS).toInstant();
		Map<String, Object> booking = new HashMap<>(Map.of("salesRepId", customer.get("owner_id"), "customerId",
				customer.get("id"), "startAt", start.toString(), "endAt", start.plus(Duration.ofMinutes(45)).toString(),
				"subject", "Point de suivi"));
		Api.Response booked = api.post("/api/v1/appointments", booking, manager);
		assertThat(booked.status()).isEqualTo(201);
		long id = booked.json().get("id").asLong();
		Instant moved = start.plus(Duration.ofDays(1)).minus(Duration.ofHours(22));
		booking.put("startAt", moved.toString());
		booking.put("endAt", moved.plus(Duration.ofMinutes(30)).toString());
		booking.put("version", 0);
		assertThat(api.put("/api/v1/appointments/" + id, booking, manager).status()).isEqualTo(200);
		booking.put("status", "CANCELLED");
		booking.put("version", 1);
		assertThat(api.put("/api/v1/appointments/" + id, booking, manager).status()).isEqualTo(200);
		long other = this.jdbc.sql("SELECT MAX(id) FROM appointments WHERE status = 'PLANNED'")
			.query(Long.class)
			.single();
		assertThat(api.delete("/api/v1/appointments/" + other, manager).status()).isEqualTo(204);
	}

	private void assertMatchesSources(JsonNode dashboard, LocalDate from, LocalDate to, Long rep) {
		String and = (rep != null) ? " AND i.sales_rep_id = " + rep : "";
		Map<String, Object> totals = this.jdbc
			.sql("SELECT COALESCE(SUM(" + SIGN + " * i.total_excl_vat), 0) AS r, " + "COALESCE(SUM(" + SIGN
					+ " * (i.total_excl_vat - i.total_cost)), 0) AS m, "
					+ "COALESCE(SUM(CASE WHEN i.kind = 'INVOICE' THEN 1 ELSE 0 END), 0) AS issued, "
					+ "COALESCE(SUM(CASE WHEN i.kind = 'INVOICE' AND i.status = 'PAID' THEN 1 ELSE 0 END), 0) AS paid, "
					+ "COALESCE(SUM(CASE WHEN i.kind = 'CREDIT_NOTE' THEN 1 ELSE 0 END), 0) AS notes "
					+ "FROM invoices i WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + and)
			.params(from, to)
			.query()
			.singleRow();
		String label = from + ".." + to + " rep " + rep;
		assertThat(dashboard.get("revenue").decimalValue()).as(label).isEqualByComparingTo(decimal(totals.get("r")));
		assertThat(dashboard.get("margin").decimalValue()).as(label).isEqualByComparingTo(decimal(totals.get("m")));
		JsonNode invoices = dashboard.get("invoices");
		assertThat(invoices.get("issued").asLong()).as(label).isEqualTo(number(totals.get("issued")));
		assertThat(invoices.get("paid").asLong()).as(label).isEqualTo(number(totals.get("paid")));
		assertThat(invoices.get("creditNotes").asLong()).as(label).isEqualTo(number(totals.get("notes")));

		List<String> months = this.jdbc.sql("SELECT YEAR(i.issue_date) * 100 + MONTH(i.issue_date) AS ym, SUM(" + SIGN
				+ " * i.total_excl_vat) AS r FROM invoices i WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?"
				+ and + " GROUP BY YEAR(i.issue_date) * 100 + MONTH(i.issue_date) ORDER BY ym")
			.params(from, to)
			.query((rs, row) -> rs.getInt("ym") / 100 + "/" + rs.getInt("ym") % 100 + "/"
					+ money(rs.getBigDecimal("r")))
			.list();
		assertThat(rows(dashboard.get("byMonth"), "year", "month", "revenue")).as(label).isEqualTo(months);

		List<String> reps = this.jdbc
			.sql("SELECT i.sales_rep_id, SUM(" + SIGN + " * i.total_excl_vat) AS r, "
					+ "SUM(CASE WHEN i.kind = 'INVOICE' THEN 1 ELSE 0 END) AS n FROM invoices i "
					+ "WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + and
					+ " GROUP BY i.sales_rep_id ORDER BY i.sales_rep_id")
			.params(from, to)
			.query((rs, row) -> rs.getLong(1) + "/" + money(rs.getBigDecimal("r")) + "/" + rs.getLong("n"))
			.list();
		assertThat(sorted(rows(dashboard.get("byRep"), "salesRepId", "revenue", "invoices"))).as(label)
			.isEqualTo(sorted(reps));

		List<String> categories = this.jdbc
			.sql("SELECT p.category, SUM(" + SIGN + " * l.net_amount) AS r, SUM(" + SIGN
					+ " * (l.net_amount - l.quantity * l.unit_cost)) AS m FROM invoice_lines l "
					+ "JOIN invoices i ON i.id = l.invoice_id JOIN products p ON p.id = l.product_id "
					+ "WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + and
					+ " GROUP BY p.category ORDER BY r DESC, p.category")
			.params(from, to)
			.query((rs, row) -> rs.getString(1) + "/" + money(rs.getBigDecimal("r")) + "/"
					+ money(rs.getBigDecimal("m")))
			.list();
		assertThat(rows(dashboard.get("byCategory"), "category", "revenue", "margin")).as(label).isEqualTo(categories);

		List<String> top = this.jdbc.sql("SELECT p.id, SUM(" + SIGN + " * l.quantity) AS q, SUM(" + SIGN
				+ " * l.net_amount) AS r "
				+ "FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN products p ON p.id = l.product_id "
				+ "WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + and
				+ " GROUP BY p.id, p.sku ORDER BY r DESC, p.sku LIMIT 10")
			.params(from, to)
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong("q") + "/" + money(rs.getBigDecimal("r")))
			.list();
		assertThat(rows(dashboard.get("topProducts"), "productId", "quantity", "revenue")).as(label).isEqualTo(top);

		assertThat(sorted(rows(dashboard.get("appointmentsByRep"), "salesRepId", "planned", "done", "cancelled")))
			.as(label)
			.isEqualTo(appointmentsByRep(from, to, rep));
	}

	/** Counted in Java from every appointment's start, by its Paris day. */
	private List<String> appointmentsByRep(LocalDate from, LocalDate to, Long rep) {
		Instant start = from.atStartOfDay(PARIS).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(PARIS).toInstant();
		Map<Long, long[]> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT sales_rep_id, status FROM appointments WHERE start_at >= ? AND start_at < ?"
					+ ((rep != null) ? " AND sales_rep_id = " + rep : ""))
			.params(utc(start), utc(end))
			.query((rs, row) -> {
				long[] count = counts.computeIfAbsent(rs.getLong(1), (key) -> new long[3]);
				count[switch (rs.getString(2)) {
					case "PLANNED" -> 0;
					case "DONE" -> 1;
					default -> 2;
				}]++;
				return null;
			})
			.list();
		List<String> rows = new ArrayList<>();
		counts.forEach((id, count) -> rows.add(id + "/" + count[0] + "/" + count[1] + "/" + count[2]));
		return sorted(rows);
	}

	private static List<String> rows(JsonNode array, String... fields) {
		List<String> rows = new ArrayList<>();
		for (JsonNode item : array) {
			List<String> values = new ArrayList<>();
			for (String field : fields) {
				JsonNode value = item.get(field);
				values.add(value.isNumber() && value.isFloatingPointNumber() ? money(value.decimalValue())
						: value.asString());
			}
			rows.add(String.join("/", values));
		}
		return rows;
	}

	private static List<String> sorted(List<String> rows) {
		return rows.stream().sorted().toList();
	}

	private static String money(BigDecimal amount) {
		return ((amount != null) ? amount : BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(value.toString());
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

}
