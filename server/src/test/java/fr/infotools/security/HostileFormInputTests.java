package fr.infotools.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import fr.infotools.security.Browser.Page;
import fr.infotools.security.SecurityFixtures.Fixture;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input corpus of {@link HostileInputTests}, sent through the extranet's
 * forms as a browser would post them: each form is read from its page (its fields and
 * their current values), one text field at a time is replaced by a hostile value, and the
 * form is posted with the session's CSRF token. Text no field accepts must come back as
 * the form with the error next to that field and nothing stored; injection strings may be
 * accepted as text; nothing answers 500.
 */
@IntegrationTest
class HostileFormInputTests {

	private static final Set<String> TEXT_TYPES = Set.of("text", "email", "tel", "search", "url");

	private static final AtomicInteger DAY = new AtomicInteger(600);

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Integer> casesByForm = new TreeMap<>();

	private int accepted;

	/** Each form as last read; read again after a post that changed its record. */
	private final Map<String, Map<String, String>> shown = new LinkedHashMap<>();

	@Test
	void everyExtranetFormRefusesHostileTextNextToTheFieldAndStoresNothing() {
		Browser rep = new Browser(this.port).logIn(DemoAccounts.REP);
		Fixture fixture = this.fixtures.create(DemoAccounts.REP);
		String customer = "/app/clients/" + fixture.customerId();
		String appointment = "/app/rendez-vous/" + fixture.appointmentId();
		Map<String, Map<String, String>> forms = new LinkedHashMap<>();
		forms.put("/app/clients/nouveau", Map.of("type", "PROSPECT", "companyName", "Cible formulaire"));
		forms.put(customer + "/modifier", Map.of());
		forms.put(customer + "/contacts/nouveau", Map.of("firstName", "Alice", "lastName", "Martin"));
		forms.put(customer + "/contacts/" + fixture.contactId() + "/modifier", Map.of());
		forms.put("/app/rendez-vous/nouveau", Map.of("customerId", Long.toString(fixture.customerId()), "startTime",
				"09:00", "endTime", "10:00", "subject", "Présentation"));
		forms.put(appointment + "/modifier", Map.of());
		forms.forEach((path, baseline) -> attack(rep, path, baseline));

		writeReport();
		assertThat(this.casesByForm).hasSize(forms.size());
		assertThat(this.failures).isEmpty();
	}

	private void attack(Browser rep, String path, Map<String, String> baseline) {
		for (String field : textFields(rep, path)) {
			HostileInputTests.INJECTIONS.forEach((family, payload) -> send(rep, path, baseline, field, payload, true));
			HostileInputTests.FORBIDDEN_TEXT
				.forEach((family, payload) -> send(rep, path, baseline, field, payload, false));
		}
	}

	private void send(Browser rep, String path, Map<String, String> baseline, String field, String payload,
			boolean mayBeAccepted) {
		// the form as the page shows it now (current version), then valid values, then
		// the attack
		Map<String, String> values = form(rep, path);
		values.putAll(baseline);
		if (values.containsKey("date") && path.endsWith("/nouveau")) {
			values.put("date", LocalDate.now().plusDays(DAY.incrementAndGet()).toString());
		}
		values.put(field, payload);
		long auditBefore = lastAuditId();
		Page page = rep.post(path, encode(values));
		this.casesByForm.merge(path.replaceAll("/[0-9]+", "/{id}"), 1, Integer::sum);
		String problem = null;
		if (page.status() >= 500) {
			problem = "server error";
		}
		else if (page.status() == 302 && !page.sendsToLogin()) {
			this.shown.remove(path);
			if (mayBeAccepted) {
				this.accepted++;
			}
			else {
				problem = "accepted";
			}
		}
		else if (page.status() != 422 && page.status() != 400) {
			problem = "unexpected answer";
		}
		else if (!page.body().contains("id=\"" + field + "-error\"")) {
			problem = "refused without an error next to the field";
		}
		else if (lastAuditId() != auditBefore) {
			problem = "refused but stored";
		}
		if (problem != null) {
			this.failures.add(path + " " + field + " = " + SecurityReport.excerpt(payload, 40) + " → " + page.status()
					+ ": " + problem);
		}
	}

	/** The text fields of the form that posts to this page. */
	private List<String> textFields(Browser rep, String path) {
		Element form = formOf(rep, path);
		List<String> fields = new ArrayList<>();
		for (Element input : form.select("input[name], textarea[name]")) {
			String type = input.tagName().equals("textarea") ? "text" : input.attr("type").toLowerCase();
			if (TEXT_TYPES.contains(type.isEmpty() ? "text" : type)) {
				fields.add(input.attr("name"));
			}
		}
		assertThat(fields).as("text fields of " + path).isNotEmpty();
		return fields;
	}

	/** The values the form would send as it is shown. */
	private Map<String, String> form(Browser rep, String path) {
		Map<String, String> values = new LinkedHashMap<>();
		Element form = formOf(rep, path);
		for (Element input : form.select("input[name]")) {
			String type = input.attr("type").toLowerCase();
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			values.put(input.attr("name"), input.val());
		}
		form.select("textarea[name]").forEach((area) -> values.put(area.attr("name"), area.val()));
		for (Element select : form.select("select[name]")) {
			Element chosen = select.selectFirst("option[selected]");
			values.put(select.attr("name"), (chosen != null) ? chosen.val() : "");
		}
		values.remove("_csrf"); // the browser adds the session's
		return values;
	}

	private static Element formOf(Browser rep, String path) {
		Page page = rep.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return Jsoup.parse(page.body())
			.select("form[method=post]")
			.stream()
			.filter((form) -> form.attr("action").endsWith(path))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form posting to " + path));
	}

	private static String encode(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private long lastAuditId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	private void writeReport() {
		int total = this.casesByForm.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder md = new StringBuilder("## Hostile inputs through the extranet's forms\n\n");
		md.append(total)
			.append(" posts on ")
			.append(this.casesByForm.size())
			.append(" forms, each text field in turn: ")
			.append(this.failures.isEmpty() ? "every one answered as expected" : this.failures.size() + " NOT")
			.append(" — the form again (422) with the error next to the field and nothing stored, or (")
			.append(this.accepted)
			.append(" cases) injection strings accepted as text. No 500.\n\n| form | posts |\n|---|---|\n");
		this.casesByForm.forEach((form, count) -> md.append("| `POST ")
			.append(SecurityReport.cell(form))
			.append("` | ")
			.append(count)
			.append(" |\n"));
		this.failures.forEach((failure) -> md.append("\n- FAILED: ").append(SecurityReport.cell(failure)));
		SecurityReport.section("21-hostile-form-inputs.md", md.append('\n').toString());
	}

}
