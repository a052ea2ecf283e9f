package fr.infotools.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import fr.infotools.audit.AuditTrail;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset is complete and coherent: stock agrees with movements, invoice totals
 * with lines, numbers are gap-free, and every record left its audit row.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Test
	void holdsWhatTheDemoPromises() {
		assertThat(count(
				"SELECT COUNT(*) FROM users WHERE role = 'SALES' AND username IN ('jdupont', 'sleroy', 'khaddad', 'epetit')"))
			.isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM customers")).isGreaterThanOrEqualTo(80);
		assertThat(count("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM customers GROUP BY owner_id) t"))
			.isGreaterThanOrEqualTo(20);
		assertThat(count("SELECT COUNT(*) FROM customers WHERE type = 'PROSPECT'")).isGreaterThan(10);
		assertThat(count("SELECT COUNT(*) FROM contacts")).isGreaterThanOrEqualTo(88);
		assertThat(count("SELECT COUNT(*) FROM products")).isGreaterThanOrEqualTo(40);
		assertThat(count("SELECT COUNT(DISTINCT category) FROM products")).isEqualTo(5);
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE request_id IS NULL")).isGreaterThanOrEqualTo(300);
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE kind = 'INVOICE' AND status <> 'DRAFT'"))
			.isGreaterThanOrEqualTo(150);
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE kind = 'CREDIT_NOTE'")).isGreaterThanOrEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE status = 'DRAFT'")).isGreaterThanOrEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM appointment_requests WHERE status = 'NEW'")).isGreaterThanOrEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM appointment_requests WHERE status = 'ASSIGNED'"))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void appointmentsSpanThePastSixMonthsAndTheNextTwoWithoutOverlap() {
		Instant now = Instant.now();
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE start_at < ?", now)).isGreaterThan(150);
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE start_at > ?", now)).isGreaterThan(40);
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE status = 'DONE'")).isGreaterThan(100);
		assertThat(
				count("""
						SELECT COUNT(*) FROM appointments a JOIN appointments b
						  ON a.sales_rep_id = b.sales_rep_id AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at"""))
			.isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM appointments a JOIN customers c ON c.id = a.customer_id
				WHERE c.owner_id <> a.sales_rep_id""")).isZero();
	}

	@Test
	void stockLevelsEqualTheSumOfMovementsAndSomeAreLow() {
		assertThat(
				count("""
						SELECT COUNT(*) FROM stock_levels l
						WHERE l.quantity <> (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.product_id = l.product_id)"""))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM stock_levels"))
			.isEqualTo(count("SELECT COUNT(*) FROM products WHERE stock_managed = TRUE"));
		assertThat(count("""
				SELECT COUNT(*) FROM stock_levels l JOIN products p ON p.id = l.product_id
				WHERE l.quantity <= p.reorder_level""")).isGreaterThanOrEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE quantity = 0")).isGreaterThanOrEqualTo(1);
		assertThat(
				count("""
						SELECT COUNT(*) FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id JOIN products p ON p.id = il.product_id
						WHERE i.status <> 'DRAFT' AND p.stock_managed = TRUE
						  AND NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.product_id = il.product_id AND m.reference = i.number)"""))
			.isZero();
	}

	@Test
	void invoiceTotalsEqualTheirLinesAndNumbersAreGapFree() {
		assertThat(
				count("""
						SELECT COUNT(*) FROM invoices i
						WHERE i.total_excl_vat <> (SELECT COALESCE(SUM(l.net_amount), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)
						   OR i.total_incl_vat <> i.total_excl_vat + i.total_vat
						   OR i.total_cost <> (SELECT COALESCE(SUM(l.quantity * l.unit_cost), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)"""))
			.isZero();
		assertThat(
				count("""
						SELECT COUNT(*) FROM invoices i
						WHERE i.amount_paid <> (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id)"""))
			.isZero();
		List<Map<String, Object>> series = this.jdbc
			.sql("""
					SELECT SUBSTRING(number, 1, 7) AS series, COUNT(*) AS issued, MAX(CAST(SUBSTRING(number, 9, 5) AS INT)) AS last
					FROM invoices WHERE number IS NOT NULL GROUP BY SUBSTRING(number, 1, 7)""")
			.query()
			.listOfRows();
		assertThat(series).isNotEmpty()
			.allSatisfy((row) -> assertThat(((Number) row.get("issued")).longValue())
				.isEqualTo(((Number) row.get("last")).longValue()));
		assertThat(count(
				"SELECT COUNT(*) FROM invoices WHERE number IS NOT NULL AND number NOT LIKE 'FA-____-_____' AND number NOT LIKE 'AV-____-_____'"))
			.isZero();
	}

	@Test
	void someInvoicesArePaidSomeOverdueAndCustomersAreThoseWhoBought() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE status = 'PAID'")).isGreaterThan(50);
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE status = 'PARTIALLY_PAID'")).isGreaterThan(0);
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < ?",
				today))
			.isGreaterThan(3);
		assertThat(count("""
				SELECT COUNT(*) FROM customers c WHERE c.type = 'PROSPECT'
				  AND EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.status <> 'DRAFT')"""))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE issue_date > ?", today)).isZero();
	}

	@Test
	void everyRecordLeftItsAuditRowAndTheChainIsIntact() {
		for (String table : List.of("customers", "contacts", "appointments", "appointment_requests", "products",
				"stock_movements", "invoices", "invoice_lines", "payments")) {
			long inserts = count(
					"SELECT COUNT(DISTINCT row_id) FROM audit_log WHERE table_name = ? AND action = 'INSERT'", table);
			assertThat(inserts).as(table).isGreaterThanOrEqualTo(count("SELECT COUNT(*) FROM " + table));
		}
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE actor = 'system:demo-data'")).isGreaterThan(1000);
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void sirenNumbersPassTheirChecksum() {
		List<String> sirens = this.jdbc.sql("SELECT siren FROM customers WHERE siren IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(sirens).isNotEmpty().allSatisfy((siren) -> {
			assertThat(siren).matches("\\d{9}");
			assertThat(DemoPeople.luhnValid(siren.chars().map((c) -> c - '0').toArray())).isTrue();
		});
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
