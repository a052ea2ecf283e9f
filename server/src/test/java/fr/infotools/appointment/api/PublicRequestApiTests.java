package fr.infotools.appointment.api;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.identity.SystemActor;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public website's request form over real HTTP, without login: a valid request is
 * stored and audited as anonymous, every invalid field is named, a robot filling in the
 * hidden field is answered as usual but nothing is stored. The rate limit itself is
 * tested by {@link PublicRequestRateLimitTests}.
 */
@IntegrationTest
class PublicRequestApiTests {

	private static final String FORM = "/api/v1/public/appointment-requests";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void aValidRequestIsStoredAndAuditedAsAnonymous() {
		Response response = this.api.post(FORM, valid(), null);
		assertThat(response.status()).isEqualTo(201);
		long id = response.json().get("id").asLong();
		assertThat(response.json().get("status").asString()).isEqualTo("NEW");
		assertThat(response.json().get("message").asString()).startsWith("Merci");
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM appointment_requests WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "NEW")
			.containsEntry("requester_name", "Anne Roy")
			.containsEntry("company_name", "Roy SARL")
			.containsEntry("email", "anne.roy@example.fr")
			.containsEntry("phone", "+33 6 12 34 56 78")
			.containsEntry("subject", "Équiper notre agence")
			.containsEntry("message", "Bonjour,\nnous ouvrons une agence de 12 postes (budget < 20 k€).\nMerci")
			.containsEntry("preferred_slots", "Mardi matin")
			.containsEntry("consent", true);
		assertThat(row.get("product_id")).isNull();
		Map<String, Object> audit = this.jdbc
			.sql("SELECT * FROM audit_log WHERE table_name = 'appointment_requests' AND row_id = ?")
			.param(String.valueOf(id))
			.query()
			.singleRow();
		assertThat(audit).containsEntry("action", "INSERT").containsEntry("actor", "anonymous");
		assertThat(audit.get("user_id")).isNull();

		Response english = this.api.postWithHeaders(FORM, valid(), Map.of("Accept-Language", "en"));
		assertThat(english.json().get("message").asString()).startsWith("Thank you");
	}

	@Test
	void markupAndTemplateCodeFromVisitorsAreRefusedAndNothingIsStored() {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM appointment_requests").query(Long.class).single();
		for (String payload : new String[] { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"Bonjour ${7*7}", "{{constructor.constructor('alert(1)')()}}", "</textarea><b>x", "<!-- x -->",
				"javascript:alert(1)" }) {
			Map<String, Object> body = valid();
			body.put("message", payload);
			body.put("subject", payload);
			Response response = this.api.post(FORM, body, null);
			assertThat(response.status()).as(payload).isEqualTo(422);
			assertThat(response.errorFields()).as(payload).containsExactlyInAnyOrder("message", "subject");
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointment_requests").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void frenchAndInternationalPhoneNumbersAreAccepted() {
		for (String phone : new String[] { "01 23 45 67 89", "01.23.45.67.89", "0123456789", "+33 1 23 45 67 89",
				"+33612345678", "+44 20 7946 0958" }) {
			Map<String, Object> body = valid();
			body.put("phone", phone);
			assertThat(this.api.post(FORM, body, null).status()).as(phone).isEqualTo(201);
		}
		for (String phone : new String[] { "12345", "01 23 45 67", "0033 1 23 45 67 89", "06-12-34-56-7a" }) {
			Map<String, Object> body = valid();
			body.put("phone", phone);
			assertThat(this.api.post(FORM, body, null).errorFields()).as(phone).containsExactly("phone");
		}
	}

	@Test
	void everyInvalidFieldIsNamedAndNothingIsStored() {
		long before = count();
		Map<String, Object> bad = new HashMap<>();
		bad.put("requesterName", " ");
		bad.put("companyName", "c".repeat(161));
		bad.put("email", "anne.roy@");
		bad.put("phone", "06 12");
		bad.put("subject", "Devis\u202Ecaché");
		bad.put("message", "m".repeat(2001));
		bad.put("preferredSlots", "Lundi\nmatin");
		bad.put("productId", -1);
		bad.put("consent", false);
		Response response = this.api.post(FORM, bad, null);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.errorFields()).containsExactlyInAnyOrder("requesterName", "companyName", "email", "phone",
				"subject", "message", "preferredSlots", "productId", "consent");
		assertThat(response.json().get("errors").toString()).contains("doit être accepté pour envoyer la demande");

		Map<String, Object> noConsent = valid();
		noConsent.remove("consent");
		assertThat(this.api.post(FORM, noConsent, null).errorFields()).containsExactly("consent");
		Map<String, Object> noEmail = valid();
		noEmail.remove("email");
		assertThat(this.api.post(FORM, noEmail, null).errorFields()).containsExactly("email");
		Map<String, Object> multiline = valid();
		multiline.put("message", "m".repeat(1990) + "\r\n\tfin");
		Response longest = this.api.post(FORM, multiline, null);
		assertThat(longest.status()).isEqualTo(201);
		assertThat(count()).isEqualTo(before + 1);

		Map<String, Object> extra = valid();
		extra.put("status", "ASSIGNED");
		Response unknown = this.api.post(FORM, extra, null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("status");
		assertThat(this.api.post(FORM, "{\"requesterName\": ", null).status()).isEqualTo(400);
		Map<String, Object> wrongType = valid();
		wrongType.put("consent", "oui");
		assertThat(this.api.post(FORM, wrongType, null).status()).isEqualTo(400);
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void aProductNamedMustBeSold() {
		long sold = SystemActor.call("test",
				() -> this.catalog
					.create(new ProductDetails("FORM-1", "Serveur de test", null, ProductCategory.SOFTWARE,
							Money.euros("100.00"), Money.euros("60.00"), VatRate.STANDARD, false, true, false, 0))
					.getId());
		long withdrawn = SystemActor.call("test",
				() -> this.catalog.create(new ProductDetails("FORM-2", "Ancien serveur", null, ProductCategory.SOFTWARE,
						Money.of(BigDecimal.TEN), Money.of(BigDecimal.ONE), VatRate.STANDARD, false, false, false, 0))
					.getId());
		Map<String, Object> body = valid();
		body.put("productId", sold);
		Response stored = this.api.post(FORM, body, null);
		assertThat(stored.status()).isEqualTo(201);
		assertThat(this.jdbc.sql("SELECT product_id FROM appointment_requests WHERE id = ?")
			.param(stored.json().get("id").asLong())
			.query(Long.class)
			.single()).isEqualTo(sold);
		long before = count();
		for (long productId : new long[] { withdrawn, 999_999 }) {
			body.put("productId", productId);
			Response refused = this.api.post(FORM, body, null);
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.json().get("rule").asString()).isEqualTo("request.product-unknown");
			assertThat(refused.errorFields()).containsExactly("productId");
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRobotFillingInTheHiddenFieldIsAnsweredButNothingIsStored() {
		long before = count();
		long auditRows = this.jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
		Map<String, Object> body = valid();
		body.put("website", "http://spam.example");
		Response response = this.api.post(FORM, body, null);
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("status").asString()).isEqualTo("NEW");
		assertThat(response.json().get("message").asString())
			.isEqualTo(this.api.post(FORM, valid(), null).json().get("message").asString());
		assertThat(count()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isEqualTo(auditRows + 1);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment_requests").query(Long.class).single();
	}

	static Map<String, Object> valid() {
		Map<String, Object> body = new HashMap<>();
		body.put("requesterName", "Anne Roy");
		body.put("companyName", "Roy SARL");
		body.put("email", "anne.roy@example.fr");
		body.put("phone", "+33 6 12 34 56 78");
		body.put("subject", "Équiper notre agence");
		body.put("message", "Bonjour,\nnous ouvrons une agence de 12 postes (budget < 20 k€).\nMerci");
		body.put("preferredSlots", "Mardi matin");
		body.put("consent", true);
		body.put("website", "");
		return body;
	}

}
