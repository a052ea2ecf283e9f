package fr.infotools.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.infotools.security.SecurityFixtures.Fixture;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sensitive actions leave the expected audit rows: logins that succeed and fail, a
 * website request, issuing an invoice, a credit note, assigning a request. Each case is
 * captured for the report: the request, the answer, and the audit rows it produced.
 */
@IntegrationTest
class SecurityAuditTests {

	private static final List<String> CAPTURES = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecurityFixtures fixtures;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void aSuccessfulLoginIsAuditedAsTheUser() {
		long mark = lastAuditId();
		Response response = this.api.tokenRequest(DemoAccounts.REP, DemoAccounts.PASSWORD);
		assertThat(response.status()).isEqualTo(200);
		List<Map<String, Object>> rows = auditSince(mark, "login_events");
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("action", "INSERT").containsEntry("actor", "jdupont");
			assertThat((String) row.get("changed")).contains("\"outcome\":\"SUCCESS\"")
				.contains("\"username\":\"jdupont\"");
		});
		capture("Successful login", "POST /api/v1/auth/token {\"username\":\"jdupont\",\"password\":\"…\"}", response,
				rows);
	}

	@Test
	void failedAndRefusedLoginsAreAuditedWithTheirOutcome() {
		String account = "inconnu-" + UUID.randomUUID().toString().substring(0, 6);
		long mark = lastAuditId();
		Response wrong = this.api.tokenRequest(account, "mauvais");
		assertThat(wrong.status()).isEqualTo(401);
		List<Map<String, Object>> rows = auditSince(mark, "login_events");
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("actor", "anonymous");
			assertThat(row.get("user_id")).isNull();
			assertThat((String) row.get("changed")).contains("\"outcome\":\"BAD_CREDENTIALS\"").contains(account);
		});
		capture("Failed login", "POST /api/v1/auth/token {\"username\":\"" + account + "\",\"password\":\"mauvais\"}",
				wrong, rows);

		mark = lastAuditId();
		Response developer = this.api.tokenRequest(DemoAccounts.DEVELOPER, DemoAccounts.PASSWORD);
		assertThat(developer.status()).isEqualTo(403);
		assertThat(auditSince(mark, "login_events")).singleElement()
			.satisfies((row) -> assertThat((String) row.get("changed")).contains("\"outcome\":\"NO_CRM_ACCESS\""));
	}

	@Test
	void aWebsiteRequestIsAuditedAsAnInsertByTheAnonymousSite() {
		long mark = lastAuditId();
		Response response = this.api.post("/api/v1/public/appointment-requests", Map.of("requesterName", "Léa Martin",
				"email", "lea.martin@exemple.fr", "subject", "Devis CRM", "consent", true), null);
		assertThat(response.status()).isEqualTo(201);
		List<Map<String, Object>> rows = auditSince(mark, "appointment_requests");
		assertThat(rows).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("action", "INSERT").containsEntry("actor", "anonymous"));
		capture("Website appointment request",
				"POST /api/v1/public/appointment-requests {\"requesterName\":\"Léa Martin\",…}", response, rows);
	}

	@Test
	void issuingAnInvoiceAndCreditingItAreAudited() {
		Fixture fixture = this.fixtures.create(DemoAccounts.REP);
		String manager = this.api.login(DemoAccounts.MANAGER).access();
		long mark = lastAuditId();
		Response issued = this.api.post("/api/v1/invoices/" + fixture.draftInvoiceId() + "/issue", Map.of(), manager);
		assertThat(issued.status()).isEqualTo(200);
		List<Map<String, Object>> issueRows = auditSince(mark, "invoices");
		assertThat(issueRows).anySatisfy((row) -> {
			assertThat(row).containsEntry("action", "UPDATE").containsEntry("actor", "mmartin");
			assertThat((String) row.get("changed")).contains("\"status\":{\"before\":\"DRAFT\",\"after\":\"ISSUED\"}")
				.contains(issued.json().get("number").asString());
		});
		capture("Issuing an invoice", "POST /api/v1/invoices/" + fixture.draftInvoiceId() + "/issue", issued,
				issueRows);

		mark = lastAuditId();
		Response credit = this.api.post("/api/v1/invoices/" + fixture.issuedInvoiceId() + "/credit-note", Map.of(),
				manager);
		assertThat(credit.status()).isEqualTo(201);
		List<Map<String, Object>> creditRows = auditSince(mark, "invoices");
		assertThat(creditRows).anySatisfy((row) -> {
			assertThat(row).containsEntry("action", "INSERT");
			assertThat((String) row.get("changed")).contains("\"kind\":\"CREDIT_NOTE\"");
		});
		assertThat(creditRows)
			.anySatisfy((row) -> assertThat((String) row.get("changed")).contains("\"number\"").contains("AV-"));
		capture("Credit note", "POST /api/v1/invoices/" + fixture.issuedInvoiceId() + "/credit-note {}", credit,
				creditRows);
	}

	@Test
	void assigningARequestIsAudited() {
		Fixture fixture = this.fixtures.create(DemoAccounts.REP);
		String manager = this.api.login(DemoAccounts.MANAGER).access();
		String start = java.time.Instant.now()
			.plus(java.time.Duration.ofDays(1400))
			.truncatedTo(java.time.temporal.ChronoUnit.HOURS)
			.toString();
		String end = java.time.Instant.parse(start).plusSeconds(3600).toString();
		long mark = lastAuditId();
		Response assigned = this.api.post(
				"/api/v1/appointment-requests/" + fixture.requestId() + "/assign", Map.of("salesRepId",
						fixture.ownerId(), "startAt", start, "endAt", end, "customerId", fixture.customerId()),
				manager);
		assertThat(assigned.status()).isEqualTo(200);
		List<Map<String, Object>> rows = auditSince(mark, null);
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row).containsEntry("table_name", "appointment_requests").containsEntry("action", "UPDATE");
			assertThat((String) row.get("changed")).contains("\"after\":\"ASSIGNED\"");
		});
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row).containsEntry("table_name", "appointments").containsEntry("action", "INSERT");
			assertThat((String) row.get("changed")).contains("\"request_id\":" + fixture.requestId());
		});
		capture("Assigning a website request", "POST /api/v1/appointment-requests/" + fixture.requestId() + "/assign",
				assigned, rows);
	}

	@AfterAll
	static void writeReport() {
		StringBuilder md = new StringBuilder("## Audit of sensitive actions\n\n");
		md.append(
				"Each action below was made over HTTP; the audit rows it left are shown as stored (`changed` cut).\n\n");
		CAPTURES.forEach(md::append);
		SecurityReport.section("40-audit.md", md.toString());
	}

	private static void capture(String title, String request, Response response, List<Map<String, Object>> rows) {
		StringBuilder md = new StringBuilder("### ").append(title)
			.append("\n\n```\n")
			.append(request)
			.append("\n→ ")
			.append(response.status())
			.append(" ")
			.append(SecurityReport.excerpt(response.body(), 300))
			.append("\n```\n\n| id | actor | table | row | action | changed |\n|---|---|---|---|---|---|\n");
		for (Map<String, Object> row : rows) {
			md.append("| ")
				.append(row.get("id"))
				.append(" | ")
				.append(row.get("actor"))
				.append(" | ")
				.append(row.get("table_name"))
				.append(" | ")
				.append(row.get("row_id"))
				.append(" | ")
				.append(row.get("action"))
				.append(" | `")
				.append(SecurityReport.cell(SecurityReport.excerpt((String) row.get("changed"), 160)))
				.append("` |\n");
		}
		CAPTURES.add(md.append("\n").toString());
	}

	private long lastAuditId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	private List<Map<String, Object>> auditSince(long id, String table) {
		return this.jdbc
			.sql("SELECT id, actor, user_id, table_name, row_id, action, changed FROM audit_log WHERE id > ?"
					+ ((table != null) ? " AND table_name = ?" : "") + " ORDER BY id")
			.params((table != null) ? List.of(id, table) : List.of(id))
			.query()
			.listOfRows();
	}

}
