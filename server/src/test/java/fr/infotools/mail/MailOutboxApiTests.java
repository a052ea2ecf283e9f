package fr.infotools.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The website request journey's mails and the managers' outbox API, over real HTTP, on
 * the embedded defaults (no SMTP: messages stay in the outbox, readable by managers): the
 * requester's acknowledgement, the rep's notice and the requester's confirmation, what
 * they typed shown as text and never as HTML; failed messages put back in the queue.
 */
@IntegrationTest
class MailOutboxApiTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
	void aWebsiteRequestIsAcknowledgedAndItsAssignmentAnnouncedToTheRepAndTheRequester() {
		String email = "visiteur-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		Map<String, Object> form = new HashMap<>();
		form.put("requesterName", "Anne O'Neil & Fils");
		form.put("companyName", "Roy & Fils");
		form.put("email", email);
		form.put("subject", "Devis \"réseau\" & serveurs");
		form.put("message", "Bonjour,\nmerci de me rappeler > mardi.");
		form.put("preferredSlots", "Mardi matin");
		form.put("consent", true);
		form.put("website", "");
		Response submitted = this.api.post("/api/v1/public/appointment-requests", form, null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		long requestId = submitted.json().get("id").asLong();

		JsonNode acknowledgement = only(messagesTo(email));
		assertThat(acknowledgement.get("template").asString()).isEqualTo("request-received");
		assertThat(acknowledgement.get("status").asString()).isEqualTo("PENDING");
		assertThat(acknowledgement.get("delivered").asBoolean()).isFalse();
		assertThat(acknowledgement.get("subject").asString())
			.isEqualTo("Votre demande de rendez-vous « Devis \"réseau\" & serveurs » a bien été reçue");
		JsonNode detail = this.api.get("/api/v1/mail/messages/" + acknowledgement.get("id").asLong(), this.manager)
			.json();
		assertThat(detail.get("htmlBody").asString())
			.contains("Anne O&#39;Neil &amp; Fils", "Roy &amp; Fils", "Devis &quot;réseau&quot; &amp; serveurs",
					"merci de me rappeler &gt; mardi.")
			.doesNotContain("O'Neil & Fils");
		assertThat(detail.get("textBody").asString()).contains("Bonjour Anne O'Neil & Fils,",
				"Devis \"réseau\" & serveurs", "Société : Roy & Fils", "Créneaux souhaités : Mardi matin",
				"merci de me rappeler > mardi.");
		assertThat(detail.get("messageId").asString()).matches("<[0-9a-f-]{36}@infotools.example>");

		long repId = this.jdbc.sql("SELECT id FROM users WHERE username = ?")
			.param(DemoAccounts.REP)
			.query(Long.class)
			.single();
		LocalDate day = LocalDate.now(PARIS).plusDays(400);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		Instant start = day.atTime(14, 30).atZone(PARIS).toInstant();
		Map<String, Object> assignment = new HashMap<>();
		assignment.put("salesRepId", repId);
		assignment.put("startAt", start.toString());
		assignment.put("endAt", start.plusSeconds(3600).toString());
		assignment.put("place", "Chez <Roy> & Fils");
		Response assigned = this.api.post("/api/v1/appointment-requests/" + requestId + "/assign", assignment,
				this.manager);
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

		JsonNode confirmation = messagesTo(email).stream()
			.filter((message) -> message.get("template").asString().equals("request-assigned-requester"))
			.findFirst()
			.orElseThrow();
		assertThat(confirmation.get("replyTo").asString()).isEqualTo("jean.dupont@infotools.local");
		String confirmationText = text(confirmation);
		assertThat(confirmationText).contains("de 14h30 à 15h30", "Lieu : Chez <Roy> & Fils",
				"Votre interlocuteur : Jean Dupont", "jean.dupont@infotools.local");
		assertThat(html(confirmation)).contains("Chez &lt;Roy&gt; &amp; Fils").doesNotContain("<Roy>");

		JsonNode notice = only(messagesTo("jean.dupont@infotools.local").stream()
			.filter((message) -> message.get("replyTo").asString().equals(email))
			.toList());
		assertThat(notice.get("template").asString()).isEqualTo("request-assigned-rep");
		assertThat(notice.get("subject").asString()).startsWith("Nouveau rendez-vous : Roy & Fils, ");
		assertThat(text(notice)).contains("Demandeur : Anne O'Neil & Fils", "E-mail : " + email,
				"merci de me rappeler > mardi.", "de 14h30 à 15h30");
		assertThat(html(notice)).contains("Anne O&#39;Neil &amp; Fils");
	}

	@Test
	void aRefusedRequestSendsNothing() {
		long before = count();
		Map<String, Object> form = new HashMap<>();
		form.put("requesterName", "Sans consentement");
		form.put("email", "refus@exemple.fr");
		form.put("subject", "Devis");
		form.put("consent", false);
		assertThat(this.api.post("/api/v1/public/appointment-requests", form, null).status()).isEqualTo(422);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aFailedMessageIsListedAndCanBePutBackInTheQueueOnce() {
		long id = this.jdbc.sql("SELECT MIN(id) FROM mail_outbox").query(Long.class).single();
		this.jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 8, last_error = ? WHERE id = ?")
			.params("550 Mailbox unavailable", id)
			.update();
		Response failed = this.api.get("/api/v1/mail/messages?status=FAILED&size=100", this.manager);
		assertThat(failed.status()).isEqualTo(200);
		assertThat(failed.json().get("items")).anySatisfy((message) -> {
			assertThat(message.get("id").asLong()).isEqualTo(id);
			assertThat(message.get("attempts").asInt()).isEqualTo(8);
			assertThat(message.get("lastError").asString()).isEqualTo("550 Mailbox unavailable");
		});

		Response retried = this.api.post("/api/v1/mail/messages/" + id + "/retry", null, this.manager);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(retried.json().get("attempts").asInt()).isZero();
		Response again = this.api.post("/api/v1/mail/messages/" + id + "/retry", null, this.manager);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("mail-not-failed");
		assertThat(again.json().get("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void theOutboxIsForManagersOnly() {
		String rep = this.api.login(DemoAccounts.REP).access();
		assertThat(this.api.get("/api/v1/mail/messages", rep).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/mail/messages", null).status()).isEqualTo(401);
		assertThat(this.api.post("/api/v1/mail/messages/1/retry", null, rep).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/mail/messages/999999999", this.manager).status()).isEqualTo(404);
		Response page = this.api.get("/api/v1/mail/messages?size=5&sort=createdAt,desc", this.manager);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().get("totalItems").asLong()).isEqualTo(count());
		assertThat(this.api.get("/api/v1/mail/messages?status=LOST", this.manager).errorFields())
			.containsExactly("status");
	}

	@Test
	void withoutSmtpTheServerIsHealthy() {
		Response health = this.api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	private List<JsonNode> messagesTo(String address) {
		List<JsonNode> found = new java.util.ArrayList<>();
		this.api.get("/api/v1/mail/messages?size=100", this.manager).json().get("items").forEach((message) -> {
			if (message.get("to").toString().contains(address)) {
				found.add(message);
			}
		});
		return found;
	}

	private String text(JsonNode message) {
		return this.api.get("/api/v1/mail/messages/" + message.get("id").asLong(), this.manager)
			.json()
			.get("textBody")
			.asString();
	}

	private String html(JsonNode message) {
		return this.api.get("/api/v1/mail/messages/" + message.get("id").asLong(), this.manager)
			.json()
			.get("htmlBody")
			.asString();
	}

	private static JsonNode only(List<JsonNode> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
	}

}
