package fr.infotools.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.infotools.audit.AuditTrail;
import fr.infotools.audit.IntegrityReport;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.Customers;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import fr.infotools.testsupport.ThrowawayMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole server on a real MariaDB 10.11: the migrations (with the audit trigger), the
 * demo dataset, the audit trail under concurrent writers, case-insensitive search, and a
 * login over HTTP.
 */
@ExtendWith(ThrowawayMariaDb.class)
@IntegrationTest
@DirtiesContext
@Tag("mariadb")
class MariaDbIntegrationTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ThrowawayMariaDb::url);
		registry.add("spring.datasource.username", ThrowawayMariaDb::user);
		registry.add("spring.datasource.password", ThrowawayMariaDb::password);
		// production shares rate-limit counters between instances through the database
		registry.add("infotools.rate-limits.store", () -> "database");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	Customers customers;

	@Autowired
	Actors actors;

	@Autowired
	fr.infotools.shared.RateLimitStore rateLimits;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void runsOnMariaDbWithEveryMigrationApplied() {
		assertThat(this.jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
		List<String> applied = this.jdbc.sql(
				"SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(applied).contains("1", "2", "3", "5").doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql(
				"SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE() AND event_object_table = 'audit_log'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theDemoDatasetLoadsAndIsCoherent() {
		assertThat(count("SELECT COUNT(*) FROM customers")).isGreaterThanOrEqualTo(80);
		assertThat(count("SELECT COUNT(*) FROM invoices WHERE kind = 'INVOICE' AND status <> 'DRAFT'"))
			.isGreaterThanOrEqualTo(150);
		assertThat(
				count("""
						SELECT COUNT(*) FROM stock_levels l
						WHERE l.quantity <> (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.product_id = l.product_id)"""))
			.isZero();
		assertThat(
				count("""
						SELECT COUNT(*) FROM invoices i
						WHERE i.total_excl_vat <> (SELECT COALESCE(SUM(l.net_amount), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)"""))
			.isZero();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAuditRows() {
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_log SET actor = 'someone' WHERE id = 1").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_log WHERE id = 1").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.sql("SELECT actor FROM audit_log WHERE id = 1").query(String.class).single())
			.isEqualTo("system:demo-data");
	}

	@Test
	void tamperingBehindTheTriggersBackIsDetected() {
		long target = count("SELECT MIN(id) FROM audit_log WHERE table_name = 'customers'");
		String actor = this.jdbc.sql("SELECT actor FROM audit_log WHERE id = ?")
			.param(target)
			.query(String.class)
			.single();
		this.jdbc.sql("DROP TRIGGER audit_log_no_update").update();
		try {
			this.jdbc.sql("UPDATE audit_log SET actor = 'intruder' WHERE id = ?").param(target).update();
			IntegrityReport report = this.trail.verify();
			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenId()).isEqualTo(target);
			this.jdbc.sql("UPDATE audit_log SET actor = ? WHERE id = ?").params(actor, target).update();
		}
		finally {
			this.jdbc.sql("""
					CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
					SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: UPDATE refused'""").update();
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void concurrentChangesKeepTheAuditChainWhole() throws Exception {
		List<Customer> own = this.actors.as(DemoAccounts.REP,
				() -> this.customers.search(null, null, null, PageRequest.of(0, 8)).getContent());
		long before = count("SELECT MAX(id) FROM audit_log");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Customer customer : own) {
				done.add(pool.submit(() -> this.actors.run(DemoAccounts.REP,
						() -> this.customers.update(customer.getId(),
								new CustomerDetails(customer.getCompanyName(), customer.getSiren(), customer.getEmail(),
										customer.getPhone(), customer.getAddressLine(), customer.getPostalCode(),
										customer.getCity(), "FR", "Revu en parallèle")))));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("SELECT MAX(id) FROM audit_log")).isEqualTo(before + own.size());
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void nameSearchIgnoresCaseAndAccentsLikeUsersExpect() {
		long found = this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.search("atelier", null, null, PageRequest.of(0, 50)).getTotalElements());
		long expected = count("SELECT COUNT(*) FROM customers WHERE company_name LIKE 'Atelier%'");
		assertThat(found).isEqualTo(expected).isPositive();
		long hotel = this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.search("hotel", null, null, PageRequest.of(0, 50)).getTotalElements());
		assertThat(hotel).isEqualTo(count("SELECT COUNT(*) FROM customers WHERE company_name LIKE 'Hôtel%'"));
	}

	@Test
	void anInstantIsStoredAsItsUtcDateTime() {
		fr.infotools.testsupport.InstantColumns.assertStoredAsUtcDateTime(this.jdbc, this.customers, this.actors);
	}

	@Test
	void upcomingAppointmentsReadInPlainSqlFollowTheRule() {
		fr.infotools.appointment.UpcomingRowsCheck.assertUpcomingRule(this.context);
	}

	@Test
	void wildcardsInANamePrefixAreSearchedAsText() {
		long rep = this.actors.user(DemoAccounts.REP).id();
		for (String name : new String[] { "Taux_100% SARL", "Taux1100 SARL", "Taux\\Net SARL" }) {
			this.actors.run(DemoAccounts.MANAGER,
					() -> this.customers.create(fr.infotools.customer.CustomerType.PROSPECT,
							new CustomerDetails(name, null, null, null, null, null, "Lyon", "FR", null), rep));
		}
		assertThat(namesStartingWith("Taux_")).containsExactly("Taux_100% SARL");
		assertThat(namesStartingWith("taux_100%")).containsExactly("Taux_100% SARL");
		assertThat(namesStartingWith("Taux\\")).containsExactly("Taux\\Net SARL");
		assertThat(namesStartingWith("Taux")).hasSize(3);
	}

	private List<String> namesStartingWith(String prefix) {
		return this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.search(prefix, null, null, PageRequest.of(0, 50))
					.map(Customer::getCompanyName)
					.getContent());
	}

	@Test
	void aRepLogsInOverHttpAndTheAnalysesRun() {
		Api api = new Api(this.port);
		assertThat(api.get("/api/v1/me", api.login(DemoAccounts.REP).access()).json().get("username").asString())
			.isEqualTo("jdupont");
		String manager = api.login(DemoAccounts.MANAGER).access();
		assertThat(api.get("/api/v1/audit/analyses/appointments-changed-often", manager).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/audit/analyses/deletions-per-user", manager).status()).isEqualTo(200);
		Map<String, Object> verify = Map.of("intact",
				api.get("/api/v1/audit/verify", manager).json().get("intact").asBoolean());
		assertThat(verify).containsEntry("intact", true);
	}

	@Test
	void theAnalysisQueriesOfTheDocsRunAsWritten() throws Exception {
		Customer customer = this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.create(fr.infotools.customer.CustomerType.PROSPECT,
						new CustomerDetails("Supprimée SARL", null, null, null, null, null, "Lyon", "FR", null),
						this.actors.user(DemoAccounts.REP).id()));
		this.actors.run(DemoAccounts.MANAGER, () -> this.customers.delete(customer.getId()));
		List<Map<String, Object>> deletions = this.jdbc.sql(docsQuery("deletions-per-user.sql")).query().listOfRows();
		assertThat(deletions).anySatisfy((row) -> {
			assertThat(row.get("actor")).isEqualTo("mmartin");
			assertThat(row.get("table_name")).isEqualTo("customers");
		});
		this.jdbc.sql(docsQuery("appointments-changed-often.sql")).query().listOfRows();
	}

	@Test
	void rateLimitCountersAreExactUnderConcurrencyOnMariaDb() throws Exception {
		String key = "mariadb|" + java.util.UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> hits = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				hits.add(pool.submit(() -> this.rateLimits.hit(key, java.time.Duration.ofMinutes(5))));
			}
			for (Future<?> hit : hits) {
				hit.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.rateLimits.current(key, java.time.Duration.ofMinutes(5)).hits()).isEqualTo(30);
	}

	private static String docsQuery(String file) throws java.io.IOException {
		return java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "audit", file)).replace(";", "");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
