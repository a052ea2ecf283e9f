package fr.infotools.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.infotools.security.SecurityFixtures.Fixture;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile inputs sent to every write endpoint: injection strings, markup,
 * overlong text, control and bidirectional characters, wrong types, negative and huge
 * numbers, missing and extra fields, malformed JSON. Each answer is a 400/422 naming the
 * field and storing nothing — or, for text that is legitimately free (a company name may
 * contain a quote), a success that stored the text exactly as sent. Never a 500.
 */
@IntegrationTest
class HostileInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Text that is legitimate for a free-text field: stored as typed, escaped when shown.
	 */
	static final Map<String, String> INJECTIONS = new LinkedHashMap<>();

	/** Text no field accepts. */
	static final Map<String, String> FORBIDDEN_TEXT = new LinkedHashMap<>();

	static {
		INJECTIONS.put("SQL injection", "' OR '1'='1' --");
		INJECTIONS.put("SQL injection (stacked)", "x'); DROP TABLE customers; --");
		INJECTIONS.put("script tag", "<script>alert(1)</script>");
		INJECTIONS.put("event handler", "<img src=x onerror=alert(1)>");
		INJECTIONS.put("template injection", "${7*7} {{7*7}} #{7*7}");
		INJECTIONS.put("expression injection", "*{T(java.lang.Runtime).getRuntime().exec('id')}");
		FORBIDDEN_TEXT.put("overlong", "x".repeat(10_000));
		FORBIDDEN_TEXT.put("NUL and bell characters", "a\u0000b\u0007c");
		FORBIDDEN_TEXT.put("right-to-left override", "facture\u202Efdp.exe");
		FORBIDDEN_TEXT.put("zero-width space", "a\u200Bb");
	}

	private static final AtomicInteger SLOT = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String rep;

	String manager;

	/** family → number of cases */
	final Map<String, Integer> casesByFamily = new TreeMap<>();

	final List<String> failures = new ArrayList<>();

	final List<String> samples = new ArrayList<>();

	int accepted;

	@Test
	void everyWriteEndpointRefusesHostileInputWithTheFieldNamedAndStoresNothing() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		Fixture fixture = this.fixtures.create(DemoAccounts.REP);
		List<Target> targets = targets(fixture);
		for (Target target : targets) {
			Map<String, Object> sample = target.body().get();
			for (Map.Entry<String, Object> field : sample.entrySet()) {
				if (field.getValue() instanceof String && !target.formatted().contains(field.getKey())) {
					INJECTIONS.forEach((name, payload) -> textCase(target, field.getKey(), name, payload, true));
				}
				if (field.getValue() instanceof String || target.formatted().contains(field.getKey())) {
					FORBIDDEN_TEXT.forEach((name, payload) -> textCase(target, field.getKey(), name, payload, false));
				}
				if (field.getValue() instanceof Number) {
					numberCases(target, field.getKey());
				}
				missingCase(target, field.getKey());
			}
			structureCases(target);
		}
		writeReport(targets.size());
		assertThat(this.failures).isEmpty();
	}

	private void textCase(Target target, String field, String family, String payload, boolean mayBeAccepted) {
		Map<String, Object> body = target.body().get();
		body.put(field, payload);
		Response response = send(target, body);
		count(family);
		if (response.status() / 100 == 2 && mayBeAccepted) {
			this.accepted++;
			JsonNode stored = target.echoes() ? storedField(response, field) : null;
			if (stored != null && !stored.isNull() && !payload.equals(stored.asString())) {
				fail(target, field, family, response, "accepted but stored as " + stored);
			}
			return;
		}
		expectRefusal(target, field, family, response, Set.of(field));
	}

	private void numberCases(Target target, String field) {
		for (Map.Entry<String, Object> value : Map
			.<String, Object>of("wrong type", "abc", "huge number", 1e30, "fraction for a whole number", 1.5,
					"negative number", -1)
			.entrySet()) {
			if (value.getKey().equals("fraction for a whole number") && target.decimals().contains(field)) {
				continue;
			}
			Map<String, Object> body = target.body().get();
			body.put(field, value.getValue());
			Response response = send(target, body);
			count(value.getKey());
			boolean signed = target.signed().contains(field) && value.getKey().equals("negative number");
			if (signed && response.status() < 500) {
				continue;
			}
			if (field.endsWith("Id") && value.getKey().equals("negative number") && response.status() == 404) {
				continue;
			}
			expectRefusal(target, field, value.getKey(), response, Set.of(field));
		}
	}

	private void missingCase(Target target, String field) {
		Map<String, Object> body = target.body().get();
		body.remove(field);
		Response response = send(target, body);
		count("missing field");
		if (response.status() / 100 == 2 || (field.equals("version") && response.status() == 428)) {
			return;
		}
		expectRefusal(target, field, "missing field", response, Set.of(field));
	}

	private void structureCases(Target target) {
		Map<String, Object> extra = target.body().get();
		extra.put("isAdmin", true);
		Response unknown = send(target, extra);
		count("extra field");
		expectRefusal(target, "isAdmin", "extra field", unknown, Set.of("isAdmin"));
		for (Map.Entry<String, String> raw : Map
			.of("malformed JSON", "{\"a\": ", "array instead of object", "[1, 2]", "empty body", "")
			.entrySet()) {
			Response response = send(target, raw.getValue());
			count(raw.getKey());
			expectRefusal(target, null, raw.getKey(), response, Set.of());
		}
	}

	private void expectRefusal(Target target, String field, String family, Response response, Set<String> fields) {
		int status = response.status();
		if (status == 401 && target.path().get().startsWith("/api/v1/auth/")) {
			return;
		}
		if (status != 400 && status != 422) {
			fail(target, field, family, response, "expected 400 or 422");
			return;
		}
		if (!fields.isEmpty()) {
			List<String> named = new ArrayList<>();
			JsonNode errors = response.json().get("errors");
			if (errors != null) {
				errors.forEach((error) -> named.add(error.get("field").asString()));
			}
			if (named.stream().noneMatch((name) -> fields.contains(name) || name.startsWith(field + "."))) {
				fail(target, field, family, response, "the field is not named (errors: " + named + ")");
			}
		}
		if (this.samples.size() < 12
				&& (this.samples.isEmpty() || !this.samples.get(this.samples.size() - 1).contains(target.name()))) {
			this.samples.add("- `" + target.method() + " " + target.path().get() + "` with " + family
					+ (field != null ? " in `" + field + "`" : "") + " → **" + status + "** `"
					+ SecurityReport.cell(SecurityReport.excerpt(response.body(), 220)) + "`");
		}
	}

	private Response send(Target target, Object body) {
		String path = target.path().get();
		long auditBefore = lastAuditId();
		Response response = this.api.send(target.method(), path, body, target.token(), Map.of());
		if (response.status() >= 500) {
			this.failures.add(target.name() + ": server error " + response.status() + " for " + excerpt(body));
		}
		if ((response.status() == 400 || response.status() == 422) && lastAuditId() != auditBefore) {
			this.failures.add(target.name() + ": refused with " + response.status() + " but stored something, for "
					+ excerpt(body));
		}
		return response;
	}

	private void fail(Target target, String field, String family, Response response, String why) {
		this.failures.add(target.name() + " / " + field + " / " + family + ": " + why + " — " + response.status() + " "
				+ SecurityReport.excerpt(response.body(), 200));
	}

	private void count(String family) {
		this.casesByFamily.merge(family, 1, Integer::sum);
	}

	private static JsonNode storedField(Response response, String field) {
		if (response.body() == null || response.body().isBlank() || !response.body().startsWith("{")) {
			return null;
		}
		JsonNode json = response.json();
		return json.has(field) ? json.get(field) : null;
	}

	private static String excerpt(Object body) {
		String text = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return SecurityReport.excerpt(text, 120);
	}

	private long lastAuditId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	/**
	 * A write endpoint and how to make a valid body for it.
	 *
	 * @param formatted string fields with a format of their own (e-mail, phone, codes…):
	 * injections there are simply refused
	 * @param signed number fields where a negative value is legitimate
	 * @param decimals number fields that may hold a fraction
	 */
	record Target(String name, String method, Supplier<String> path, Supplier<Map<String, Object>> body, String token,
			Set<String> formatted, Set<String> signed, Set<String> decimals) {

		/**
		 * Whether a success answers with the record, so that stored text can be compared
		 * with what was sent.
		 */
		boolean echoes() {
			return !this.path.get().startsWith("/api/v1/public/") && !this.path.get().contains("/appointment-requests/")
					&& !this.path.get().startsWith("/api/v1/stats/");
		}

	}

	private List<Target> targets(Fixture fixture) {
		List<Target> targets = new ArrayList<>();
		long rep = fixture.ownerId();
		String customer = "/api/v1/customers/" + fixture.customerId();
		String contact = customer + "/contacts/" + fixture.contactId();
		String appointment = "/api/v1/appointments/" + fixture.appointmentId();
		String draft = "/api/v1/invoices/" + fixture.draftInvoiceId();
		String issued = "/api/v1/invoices/" + fixture.issuedInvoiceId();
		String product = "/api/v1/products/" + fixture.productId();
		Set<String> customerFormats = Set.of("siren", "email", "phone", "postalCode", "country", "type");
		targets.add(new Target("create customer", "POST", () -> "/api/v1/customers", () -> customerBody(null), this.rep,
				customerFormats, Set.of(), Set.of()));
		targets.add(new Target("update customer", "PUT", () -> customer,
				() -> customerBody(version(customer, this.rep)), this.rep, customerFormats, Set.of(), Set.of()));
		targets.add(new Target("add contact", "POST", () -> customer + "/contacts", () -> contactBody(null), this.rep,
				Set.of("email", "phone"), Set.of(), Set.of()));
		targets.add(new Target("update contact", "PUT", () -> contact, () -> contactBody(version(contact, this.rep)),
				this.rep, Set.of("email", "phone"), Set.of(), Set.of()));
		targets.add(new Target("book appointment", "POST", () -> "/api/v1/appointments",
				() -> appointmentBody(fixture.customerId(), null), this.rep, Set.of("startAt", "endAt", "status"),
				Set.of(), Set.of()));
		targets.add(new Target("update appointment", "PUT", () -> appointment,
				() -> appointmentBody(fixture.customerId(), version(appointment, this.rep)), this.rep,
				Set.of("startAt", "endAt", "status"), Set.of(), Set.of()));
		targets.add(new Target("create invoice", "POST", () -> "/api/v1/invoices",
				() -> map("customerId", fixture.customerId(), "paymentTermsDays", 30, "notes", "Merci"), this.rep,
				Set.of(), Set.of(), Set.of()));
		targets.add(new Target("update invoice", "PUT", () -> draft,
				() -> map("paymentTermsDays", 45, "notes", "Note", "version", version(draft, this.rep)), this.rep,
				Set.of(), Set.of(), Set.of()));
		targets.add(new Target("add invoice line", "POST", () -> draft + "/lines",
				() -> map("productId", fixture.productId(), "quantity", 1, "discountPercent", 5), this.rep, Set.of(),
				Set.of(), Set.of("discountPercent")));
		targets.add(new Target("change invoice line", "PUT", () -> draft + "/lines/1",
				() -> map("quantity", 2, "discountPercent", 10), this.rep, Set.of(), Set.of(),
				Set.of("discountPercent")));
		targets.add(new Target(
				"record payment", "POST", () -> issued + "/payments", () -> map("amount", 1.00, "paidOn",
						LocalDate.now().minusDays(1).toString(), "method", "TRANSFER", "reference", "VIR-1"),
				this.rep, Set.of("paidOn", "method"), Set.of(), Set.of("amount")));
		targets
			.add(new Target("reject request", "POST", () -> "/api/v1/appointment-requests/" + newRequest() + "/reject",
					() -> map("reason", "Hors zone"), this.manager, Set.of(), Set.of(), Set.of()));
		targets
			.add(new Target("assign request", "POST", () -> "/api/v1/appointment-requests/" + newRequest() + "/assign",
					() -> assignBody(rep), this.manager, Set.of("startAt", "endAt"), Set.of(), Set.of()));
		Set<String> productFormats = Set.of("sku", "category");
		targets.add(new Target("create product", "POST", () -> "/api/v1/products", () -> productBody(null),
				this.manager, productFormats, Set.of(), Set.of("unitPriceExclVat", "purchaseCost", "vatRate")));
		targets
			.add(new Target("update product", "PUT", () -> product, () -> productBody(version(product, this.manager)),
					this.manager, productFormats, Set.of(), Set.of("unitPriceExclVat", "purchaseCost", "vatRate")));
		targets.add(new Target("stock movement", "POST", () -> product + "/stock-movements",
				() -> map("quantity", 1, "reason", "RESTOCK", "reference", "BL-1", "comment", "Réception"),
				this.manager, Set.of("reason"), Set.of("quantity"), Set.of()));
		targets.add(new Target("public request", "POST", () -> "/api/v1/public/appointment-requests",
				() -> map("requesterName", "Anne Roy", "companyName", "Roy SARL", "email", "anne@exemple.fr", "phone",
						"04 72 00 00 00", "subject", "Devis", "message", "Bonjour", "preferredSlots", "Mardi",
						"consent", true),
				null, Set.of("email", "phone"), Set.of(), Set.of()));
		targets.add(new Target("login", "POST", () -> "/api/v1/auth/token",
				() -> map("username", "nobody-" + UUID.randomUUID().toString().substring(0, 6), "password", "wrong"),
				null, Set.of("password"), Set.of(), Set.of()));
		targets.add(new Target("send statistics report", "POST", () -> "/api/v1/stats/report/send",
				() -> map("from", LocalDate.now().minusMonths(1).toString(), "to", LocalDate.now().toString(),
						"recipients", List.of("direction@exemple.fr"), "message", "Bonne lecture"),
				this.manager, Set.of("from", "to", "recipients"), Set.of(), Set.of()));
		targets.add(new Target("preferences", "PUT", () -> "/api/v1/me/preferences", () -> map("reminderMinutes", 30),
				this.rep, Set.of(), Set.of(), Set.of()));
		return targets;
	}

	private Map<String, Object> customerBody(Long version) {
		Map<String, Object> body = map("type", "PROSPECT", "companyName",
				"Société " + UUID.randomUUID().toString().substring(0, 6), "siren", "732829320", "email",
				"contact@exemple.fr", "phone", "04 78 12 34 56", "addressLine", "1 rue de la Paix", "postalCode",
				"69002", "city", "Lyon", "country", "FR", "notes", "Rien");
		if (version != null) {
			body.remove("type");
			body.put("version", version);
		}
		return body;
	}

	private Map<String, Object> contactBody(Long version) {
		Map<String, Object> body = map("firstName", "Anne", "lastName", "Roy", "jobTitle", "Gérante", "email",
				"anne@exemple.fr", "phone", "06 12 34 56 78");
		if (version != null) {
			body.put("version", version);
		}
		return body;
	}

	private Map<String, Object> appointmentBody(long customerId, Long version) {
		Instant start = Instant.now()
			.plus(Duration.ofDays(1700))
			.truncatedTo(ChronoUnit.DAYS)
			.plus(Duration.ofHours(2L * SLOT.incrementAndGet()));
		Map<String, Object> body = map("customerId", customerId, "startAt", start.toString(), "endAt",
				start.plusSeconds(3600).toString(), "place", "Lyon", "subject", "Visite", "notes", "Préparer le devis");
		if (version != null) {
			body.put("version", version);
		}
		return body;
	}

	private Map<String, Object> assignBody(long rep) {
		Instant start = Instant.now()
			.plus(Duration.ofDays(1750))
			.truncatedTo(ChronoUnit.DAYS)
			.plus(Duration.ofHours(2L * SLOT.incrementAndGet()));
		return map("salesRepId", rep, "startAt", start.toString(), "endAt", start.plusSeconds(3600).toString(), "place",
				"Lyon", "subject", "Premier rendez-vous");
	}

	private Map<String, Object> productBody(Long version) {
		Map<String, Object> body = map("sku", "HOS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
				"name", "Produit", "description", "Description", "category", "NETWORK", "unitPriceExclVat", 10.00,
				"purchaseCost", 5.00, "vatRate", 20, "featured", false, "active", true, "stockManaged", true,
				"reorderLevel", 1);
		if (version != null) {
			body.put("version", version);
		}
		return body;
	}

	private long newRequest() {
		return this.api.post("/api/v1/public/appointment-requests",
				map("requesterName", "Demandeur", "email", "d@exemple.fr", "subject", "Devis", "consent", true), null)
			.json()
			.get("id")
			.asLong();
	}

	private long version(String path, String token) {
		return this.api.get(path, token).json().get("version").asLong();
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private void writeReport(int endpoints) {
		int total = this.casesByFamily.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder md = new StringBuilder("## Hostile inputs\n\n");
		md.append(total)
			.append(" requests on ")
			.append(endpoints)
			.append(" write endpoints: ")
			.append(this.failures.isEmpty() ? "every one answered as expected"
					: this.failures.size() + " NOT as expected")
			.append(" — 400/422 naming the field with nothing stored, or (")
			.append(this.accepted)
			.append(" cases) injection strings in free-text fields stored exactly as sent. No 500.\n\n");
		md.append("| family | cases |\n|---|---|\n");
		this.casesByFamily
			.forEach((family, cases) -> md.append("| ").append(family).append(" | ").append(cases).append(" |\n"));
		md.append("\nSample answers:\n\n");
		this.samples.forEach((sample) -> md.append(sample).append("\n"));
		this.failures.forEach((failure) -> md.append("\n- FAILED: ").append(SecurityReport.cell(failure)));
		SecurityReport.section("20-hostile-inputs.md", md.append("\n").toString());
	}

}
