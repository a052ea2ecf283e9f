package fr.infotools.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import fr.infotools.invoicing.PdfText;
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
 * Sending the report by e-mail over real HTTP: one message of the outbox with the PDF
 * attached, the manager's note shown as text, an audit row saying who sent what to whom;
 * recipients are checked and bounded.
 */
@IntegrationTest
class ReportSendApiTests {

	private static final String SEND = "/api/v1/stats/report/send";

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
	void theReportGoesToTheOutboxWithItsPdfAndTheSendingIsAudited() throws Exception {
		long auditMark = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
		Map<String, Object> body = request(
				List.of("direction@exemple.fr", "Comptable@Exemple.fr", "comptable@exemple.fr"));
		body.put("message", "Bonjour,\n<b>chiffres</b> du semestre & de l'été.");
		Response sent = this.api.post(SEND, body, this.manager);
		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		long id = sent.json().get("messageId").asLong();
		assertThat(sent.header("Location")).isEqualTo("/api/v1/mail/messages/" + id);
		assertThat(sent.json().get("status").asString()).isEqualTo("PENDING");
		// the same address twice (whatever its case) is one recipient
		assertThat(sent.json().get("recipients")).hasSize(2);

		JsonNode message = this.api.get("/api/v1/mail/messages/" + id, this.manager).json();
		assertThat(message.get("template").asString()).isEqualTo("report");
		assertThat(message.get("subject").asString()).isEqualTo("Rapport d'activité du 01/01/2026 au 30/06/2026");
		assertThat(message.get("replyTo").asString()).isEqualTo("marie.martin@infotools.local");
		assertThat(message.get("attachments")).singleElement().satisfies((file) -> {
			assertThat(file.get("fileName").asString()).isEqualTo("rapport-2026-01-01-2026-06-30.pdf");
			assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
			assertThat(file.get("sizeBytes").asLong()).isGreaterThan(10_000);
		});
		String html = message.get("htmlBody").asString();
		assertThat(html)
			.contains("Marie Martin", "01/01/2026", "30/06/2026",
					"&lt;b&gt;chiffres&lt;/b&gt; du semestre &amp; de l&#39;été.")
			.doesNotContain("<b>chiffres</b>");
		assertThat(message.get("textBody").asString()).contains("<b>chiffres</b> du semestre & de l'été.");

		byte[] pdf = this.jdbc.sql("SELECT content FROM mail_attachments WHERE mail_id = ?")
			.param(id)
			.query(byte[].class)
			.single();
		assertThat(PdfText.of(pdf)).contains("Rapport d'activité commerciale", "Du 01/01/2026 au 30/06/2026");

		List<Map<String, Object>> audit = this.jdbc.sql(
				"SELECT table_name, action, actor, changed FROM audit_log WHERE id > ? AND table_name = 'report_sendings'")
			.param(auditMark)
			.query()
			.listOfRows();
		assertThat(audit).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("action", "INSERT").containsEntry("actor", DemoAccounts.MANAGER);
			assertThat((String) row.get("changed")).contains("direction@exemple.fr", "2026-01-01", "2026-06-30",
					"\"mail_id\":" + id);
		});
	}

	@Test
	void recipientsAreValidAddressesAndAtMostTen() {
		List<String> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add("lecteur" + i + "@exemple.fr");
		}
		long before = this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
		assertThat(this.api.post(SEND, request(eleven), this.manager).errorFields()).containsExactly("recipients");
		assertThat(this.api.post(SEND, request(List.of()), this.manager).errorFields()).containsExactly("recipients");
		Response invalid = this.api.post(SEND, request(List.of("ok@exemple.fr", "pas une adresse")), this.manager);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.errorFields()).singleElement().asString().startsWith("recipients");
		Response injected = this.api.post(SEND, request(List.of("a@exemple.fr\r\nBcc: tous@exemple.fr")), this.manager);
		assertThat(injected.status()).isEqualTo(422);
		Map<String, Object> noPeriod = request(List.of("a@exemple.fr"));
		noPeriod.remove("from");
		assertThat(this.api.post(SEND, noPeriod, this.manager).errorFields()).containsExactly("from");
		Map<String, Object> reversed = request(List.of("a@exemple.fr"));
		reversed.put("from", "2026-07-01");
		assertThat(this.api.post(SEND, reversed, this.manager).errorFields()).containsExactly("to");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyManagersSendReports() {
		String rep = this.api.login(DemoAccounts.REP).access();
		assertThat(this.api.post(SEND, request(List.of("a@exemple.fr")), rep).status()).isEqualTo(403);
		assertThat(this.api.post(SEND, request(List.of("a@exemple.fr")), null).status()).isEqualTo(401);
	}

	private static Map<String, Object> request(List<String> recipients) {
		Map<String, Object> body = new HashMap<>();
		body.put("from", "2026-01-01");
		body.put("to", "2026-06-30");
		body.put("recipients", recipients);
		return body;
	}

}
