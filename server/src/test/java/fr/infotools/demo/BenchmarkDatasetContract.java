package fr.infotools.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import fr.infotools.audit.AuditTrail;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the benchmark dataset promises, on whichever database the subclass gives: the
 * sizes of its scale, every derived figure agreeing with its parts, an audit chain the
 * application accepts, and a database the application goes on writing to afterwards.
 */
abstract class BenchmarkDatasetContract {

	static final double SCALE = 0.002;

	static final int DRAFTS = 20;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@LocalServerPort
	int port;

	@TempDir
	Path directory;

	final DatasetSize size = DatasetSize.of(SCALE);

	/** Once per class: the database is empty only before the first test. */
	@BeforeEach
	void load() throws Exception {
		if (count("SELECT COUNT(*) FROM users") > 0) {
			return;
		}
		new BenchmarkDataset(this.dataSource, this.size, 7, DRAFTS, Instant.now()).generate();
	}

	@Test
	void holdsTheCountsOfItsScale() {
		assertThat(count("SELECT COUNT(*) FROM users WHERE role = 'SALES'")).isEqualTo(50);
		assertThat(count("SELECT COUNT(*) FROM customers")).isEqualTo(this.size.customers());
		assertThat(count("SELECT COUNT(*) FROM contacts")).isEqualTo(2L * this.size.customers());
		assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(this.size.appointments());
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE status <> 'DRAFT'")).isEqualTo(this.size.invoices());
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE status = 'DRAFT'")).isEqualTo(DRAFTS);
		assertThat(count("SELECT COUNT(*) FROM products")).isEqualTo(this.size.products());
		assertThat(count("SELECT COUNT(DISTINCT owner_id) FROM customers")).isEqualTo(50);
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE status = 'PLANNED' AND start_at > ?", Instant.now()))
			.isPositive();
	}

	@Test
	void everyRecordLeftAnIntactHashChainedAuditRow() {
		long audited = count("""
				SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM contacts)
				     + (SELECT COUNT(*) FROM appointments) + (SELECT COUNT(*) FROM invoices)
				     + (SELECT COUNT(*) FROM invoice_lines) + (SELECT COUNT(*) FROM payments)
				     + (SELECT COUNT(*) FROM stock_movements) + (SELECT COUNT(*) FROM products)""");
		assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audited);
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void derivedFiguresAgreeWithTheirParts() {
		assertThat(count("""
				SELECT COUNT(*) FROM stock_levels s
				WHERE s.quantity < 0 OR s.quantity <> (SELECT SUM(m.quantity) FROM stock_movements m
				                                       WHERE m.product_id = s.product_id)""")).isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM invoices i
				WHERE i.total_excl_vat <> (SELECT SUM(l.net_amount) FROM invoice_lines l WHERE l.invoice_id = i.id)
				   OR i.total_incl_vat <> i.total_excl_vat + i.total_vat
				   OR i.amount_paid > i.total_incl_vat""")).isZero();
		assertThat(
				count("""
						SELECT COUNT(*) FROM invoices i
						WHERE i.amount_paid <> (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id)"""))
			.isZero();
		assertThat(
				count("""
						SELECT COUNT(*) FROM invoice_lines l
						WHERE l.net_amount <> ROUND(l.unit_price_excl_vat * l.quantity * (100 - l.discount_percent) / 100, 2)"""))
			.isZero();
	}

	@Test
	void invoiceNumbersRunWithoutGapsEachYear() {
		assertThat(count("""
				SELECT COUNT(*) FROM document_sequences s
				WHERE s.last_value <> (SELECT COUNT(*) FROM invoices i WHERE i.number LIKE CONCAT(s.series, '-%'))"""))
			.isZero();
		assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT number) FROM invoices WHERE number IS NOT NULL")).isZero();
	}

	@Test
	void aRepNeverHasTwoAppointmentsAtOnce() {
		assertThat(
				count("""
						SELECT COUNT(*) FROM appointments a JOIN appointments b
						  ON b.sales_rep_id = a.sales_rep_id AND b.id > a.id AND b.start_at < a.end_at AND a.start_at < b.end_at"""))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM appointments a JOIN customers c ON c.id = a.customer_id "
				+ "WHERE c.owner_id <> a.sales_rep_id"))
			.isZero();
	}

	@Test
	void theApplicationGoesOnWritingAfterTheLoad() {
		Api api = new Api(this.port);
		String manager = api.login(DemoAccounts.MANAGER).access();
		long draft = count("SELECT MIN(id) FROM invoices WHERE status = 'DRAFT'");
		String year = Integer.toString(java.time.LocalDate.now(BenchmarkDataset.PARIS).getYear());
		long before = count("SELECT COALESCE(MAX(last_value), 0) FROM document_sequences WHERE series = ?",
				"FA-" + year);

		Api.Response issued = api.post("/api/v1/invoices/" + draft + "/issue", null, manager);

		assertThat(issued.status()).isEqualTo(200);
		assertThat(issued.json().get("number").asString()).isEqualTo("FA-%s-%05d".formatted(year, before + 1));
		long lastCustomer = count("SELECT MAX(id) FROM customers");
		Api.Response created = api.post("/api/v1/customers",
				java.util.Map.of("type", "PROSPECT", "companyName", "Après le chargement", "ownerId", 2), manager);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("id").asLong()).isGreaterThan(lastCustomer);
		assertThat(this.trail.verify().intact()).isTrue();
		java.math.BigDecimal revenue = this.jdbc
			.sql("SELECT SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN -1 ELSE 1 END * total_excl_vat) FROM invoices "
					+ "WHERE status <> 'DRAFT' AND issue_date BETWEEN ? AND ?")
			.params(java.time.LocalDate.parse("2020-01-01"), java.time.LocalDate.now(BenchmarkDataset.PARIS))
			.query(java.math.BigDecimal.class)
			.single();
		Api.Response dashboard = api
			.get("/api/v1/stats/dashboard?from=" + java.time.LocalDate.now(BenchmarkDataset.PARIS).minusDays(1000)
					+ "&to=" + java.time.LocalDate.now(BenchmarkDataset.PARIS), manager);
		assertThat(dashboard.json().get("revenue").decimalValue()).isEqualByComparingTo(revenue);
	}

	@Test
	void refusesADatabaseThatHoldsData() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new BenchmarkDataset(this.dataSource, this.size, 7, 0, Instant.now()).generate())
			.withMessageContaining("empty database");
	}

	@Test
	void writesTheAccountsForTheEmbeddedDirectory() throws Exception {
		Path ldif = this.directory.resolve("accounts.ldif");
		BenchmarkDirectory.write(ldif, 3, "a-long-enough-password");
		String text = Files.readString(ldif);
		assertThat(text).contains("sAMAccountName: bench.manager", "sAMAccountName: bench.rep03",
				"memberOf: CN=CRM_Commerciaux,OU=Groupes,DC=infotools,DC=local");
		assertThat(text.split("\nuserPassword: a-long-enough-password\n", -1)).hasSize(5);
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
