package fr.infotools.appointment.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.appointment.Appointments;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appointments API over real HTTP: lists by period, booking, reading, changing with
 * versions and statuses, deleting, upcoming appointments; each validation error, each
 * conflict, and another rep's records answering 404 and staying unchanged. Appointments
 * made here lie 300 to 400 days ahead (or as far back), on a day of their own per test.
 */
@IntegrationTest
class AppointmentApiTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Appointments appointments;

	@Autowired
	Actors actors;

	Api api;

	String rep;

	String otherRep;

	String manager;

	long repId;

	long customerId;

	private final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.otherRep = this.api.login(DemoAccounts.OTHER_REP).access();
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		this.repId = userId(DemoAccounts.REP);
		this.customerId = customerWithContactOf(this.repId);
	}

	@AfterEach
	void cleanUp() {
		this.created.forEach((id) -> this.api.delete("/api/v1/appointments/" + id, this.manager));
	}

	@Test
	void aRepBooksReadsChangesAndDeletesTheirAppointment() {
		long contactId = this.jdbc.sql("SELECT MIN(id) FROM contacts WHERE customer_id = ?")
			.param(this.customerId)
			.query(Long.class)
			.single();
		Map<String, Object> body = valid(310, 10, 11);
		body.put("contactId", contactId);
		body.put("notes", "Apporter la maquette.\nPrévoir 2 postes.");
		Response created = book(body, this.rep);
		assertThat(created.status()).isEqualTo(201);
		JsonNode json = created.json();
		long id = json.get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/appointments/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(json.get("salesRepId").asLong()).isEqualTo(this.repId);
		assertThat(json.get("salesRepName").asString()).isEqualTo("Jean Dupont");
		assertThat(json.get("customerName").asString()).isEqualTo(companyName(this.customerId));
		assertThat(json.get("contactName").asString())
			.isEqualTo(this.jdbc.sql("SELECT CONCAT(first_name, ' ', last_name) FROM contacts WHERE id = ?")
				.param(contactId)
				.query(String.class)
				.single());
		assertThat(json.get("status").asString()).isEqualTo("PLANNED");
		assertThat(json.get("startAt").asString()).isEqualTo(at(310, 10).toString());
		assertThat(json.get("notes").asString()).isEqualTo("Apporter la maquette.\nPrévoir 2 postes.");

		Response read = this.api.get("/api/v1/appointments/" + id, this.rep);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(read.json().get("subject").asString()).isEqualTo("Démonstration");

		Map<String, Object> change = valid(310, 14, 15);
		change.put("place", "Visioconférence");
		change.put("version", 0);
		Response updated = this.api.put("/api/v1/appointments/" + id, change, this.rep);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("place").asString()).isEqualTo("Visioconférence");
		assertThat(updated.json().get("startAt").asString()).isEqualTo(at(310, 14).toString());
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);
		assertThat(updated.header("ETag")).isEqualTo("\"1\"");

		Response stale = this.api.put("/api/v1/appointments/" + id, change, this.rep);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		change.remove("version");
		Response noVersion = this.api.put("/api/v1/appointments/" + id, change, this.rep);
		assertThat(noVersion.status()).isEqualTo(428);
		assertThat(noVersion.json().get("code").asString()).isEqualTo("version-required");
		change.put("subject", "Démonstration (suite)");
		Response withIfMatch = this.api.send("PUT", "/api/v1/appointments/" + id, change, this.rep,
				Map.of("If-Match", "\"1\""));
		assertThat(withIfMatch.status()).isEqualTo(200);
		assertThat(withIfMatch.json().get("subject").asString()).isEqualTo("Démonstration (suite)");

		assertThat(this.api.delete("/api/v1/appointments/" + id, this.rep).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/appointments/" + id, this.rep).status()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE id = ?", id)).isZero();
	}

	@Test
	void everyInvalidFieldIsNamedAndNothingIsStored() {
		long before = count("SELECT COUNT(*) FROM appointments");
		Map<String, Object> bad = new HashMap<>();
		bad.put("subject", " ");
		bad.put("place", "p".repeat(201));
		bad.put("notes", "Ligne\u0000cachée");
		Response response = book(bad, this.rep);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("validation");
		assertThat(response.errorFields()).containsExactlyInAnyOrder("customerId", "startAt", "endAt", "subject",
				"place", "notes");

		Map<String, Object> wrongStatus = valid(311, 10, 11);
		wrongStatus.put("status", "POSTPONED");
		Response badEnum = book(wrongStatus, this.rep);
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.errorFields()).containsExactly("status");
		Map<String, Object> localTime = valid(311, 10, 11);
		localTime.put("startAt", "2030-05-04T10:00");
		assertThat(book(localTime, this.rep).errorFields()).containsExactly("startAt");
		Map<String, Object> extra = valid(311, 10, 11);
		extra.put("customerName", "Pirate");
		assertThat(book(extra, this.rep).errorFields()).containsExactly("customerName");
		assertThat(this.api.post("/api/v1/appointments", "{\"subject\": ", this.rep).status()).isEqualTo(400);
		assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(before);
	}

	@Test
	void brokenRulesAnswer422NamingTheField() {
		long before = count("SELECT COUNT(*) FROM appointments");
		assertRule(book(valid(312, 11, 10), this.rep), "appointment.end-before-start", "endAt");
		assertRule(book(valid(312, 10, 10), this.rep), "appointment.end-before-start", "endAt");
		Map<String, Object> tooLong = valid(312, 7, 8);
		tooLong.put("endAt", at(312, 7).plusSeconds(12 * 3600 + 60).toString());
		assertRule(book(tooLong, this.rep), "appointment.too-long", "endAt");
		Map<String, Object> past = valid(312, 10, 11);
		past.put("startAt", Instant.now().minusSeconds(3600).toString());
		past.put("endAt", Instant.now().toString());
		assertRule(book(past, this.rep), "appointment.in-past", "startAt");
		Map<String, Object> typo = valid(312, 10, 11);
		typo.put("startAt", "2206-05-04T08:00:00Z");
		typo.put("endAt", "2206-05-04T09:00:00Z");
		assertRule(book(typo, this.rep), "appointment.date-range", "startAt");
		Map<String, Object> done = valid(312, 10, 11);
		done.put("status", "DONE");
		assertRule(book(done, this.rep), "appointment.new-status", "status");

		Map<String, Object> noRep = valid(312, 10, 11);
		assertRule(book(noRep, this.manager), "appointment.rep-required", "salesRepId");
		noRep.put("salesRepId", userId(DemoAccounts.MANAGER));
		assertRule(book(noRep, this.manager), "appointment.rep-not-sales", "salesRepId");
		noRep.put("salesRepId", 999_999);
		assertRule(book(noRep, this.manager), "appointment.rep-not-sales", "salesRepId");
		assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(before);

		Response english = this.api.send("POST", "/api/v1/appointments", past, this.rep,
				Map.of("Accept-Language", "en"));
		assertThat(english.json().get("errors").get(0).get("message").asString())
			.isEqualTo("An appointment cannot start in the past.");
		assertThat(book(past, this.rep).json().get("detail").asString())
			.isEqualTo("Un rendez-vous ne peut pas commencer dans le passé.");
	}

	@Test
	void anOverlapAnswers409NamingTheConflictingAppointment() {
		long first = created(book(valid(313, 10, 11), this.rep));
		long before = count("SELECT COUNT(*) FROM appointments");
		Map<String, Object> overlapping = valid(313, 10, 12);
		overlapping.put("startAt", at(313, 10).plusSeconds(1800).toString());
		Response conflict = book(overlapping, this.rep);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("code").asString()).isEqualTo("appointment-overlap");
		assertThat(conflict.json().get("conflictingAppointmentId").asLong()).isEqualTo(first);
		assertThat(conflict.json().get("conflictingStart").asString()).isEqualTo(at(313, 10).toString());
		assertThat(conflict.json().get("detail").asString()).contains(String.valueOf(first));
		assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(before);

		long second = created(book(valid(313, 11, 12), this.rep));
		Map<String, Object> moved = valid(313, 10, 11);
		moved.put("version", 0);
		Response movedOnto = this.api.put("/api/v1/appointments/" + second, moved, this.rep);
		assertThat(movedOnto.status()).isEqualTo(409);
		assertThat(movedOnto.json().get("conflictingAppointmentId").asLong()).isEqualTo(first);
		assertThat(startOf(second)).isEqualTo(at(313, 11));

		Response otherRepsDay = book(valid(313, 10, 11), this.manager, userId(DemoAccounts.OTHER_REP),
				customerOf(userId(DemoAccounts.OTHER_REP)));
		assertThat(otherRepsDay.status()).isEqualTo(201);
		created(otherRepsDay);
	}

	@Test
	void statusChangesFollowTheRules() {
		long id = created(book(valid(314, 10, 11), this.rep));
		Map<String, Object> change = valid(314, 10, 11);
		change.put("version", 0);
		change.put("status", "DONE");
		assertRule(this.api.put("/api/v1/appointments/" + id, change, this.rep), "appointment.done-before-start",
				"status");
		change.put("status", "CANCELLED");
		Response cancelled = this.api.put("/api/v1/appointments/" + id, change, this.rep);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

		long replacement = created(book(valid(314, 10, 11), this.rep));
		change.put("version", 1);
		change.put("status", "PLANNED");
		Response reinstated = this.api.put("/api/v1/appointments/" + id, change, this.rep);
		assertThat(reinstated.status()).isEqualTo(409);
		assertThat(reinstated.json().get("conflictingAppointmentId").asLong()).isEqualTo(replacement);
		assertThat(statusOf(id)).isEqualTo("CANCELLED");

		Instant start = at(-314, 10);
		long past = this.actors
			.as(DemoAccounts.MANAGER,
					() -> this.appointments
						.record(this.repId,
								new AppointmentDetails(this.customerId, null, start, start.plusSeconds(3600), null,
										"Bilan", null),
								AppointmentStatus.PLANNED))
			.getId();
		this.created.add(past);
		Map<String, Object> report = new HashMap<>(Map.of("customerId", this.customerId, "startAt", start.toString(),
				"endAt", start.plusSeconds(3600).toString(), "subject", "Bilan", "notes", "Compte rendu envoyé.",
				"status", "DONE", "version", 0));
		Response done = this.api.put("/api/v1/appointments/" + past, report, this.rep);
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("DONE");
		report.put("version", 1);
		report.put("status", "CANCELLED");
		assertRule(this.api.put("/api/v1/appointments/" + past, report, this.rep), "appointment.status-change",
				"status");
		report.put("status", "DONE");
		report.put("startAt", start.plusSeconds(600).toString());
		assertThat(this.api.put("/api/v1/appointments/" + past, report, this.rep).status()).isEqualTo(200);
		assertThat(statusOf(past)).isEqualTo("DONE");
	}

	@Test
	void anotherRepsAppointmentOrCustomerAnswers404AndStaysUnchanged() {
		long otherRepId = userId(DemoAccounts.OTHER_REP);
		long theirs = this.jdbc.sql("SELECT MIN(id) FROM appointments WHERE sales_rep_id = ?")
			.param(otherRepId)
			.query(Long.class)
			.single();
		Map<String, Object> before = row(theirs);
		long auditRows = count("SELECT COUNT(*) FROM audit_log");
		assertThat(this.api.get("/api/v1/appointments/" + theirs, this.rep).status()).isEqualTo(404);
		Map<String, Object> change = valid(315, 10, 11);
		change.put("version", 0);
		Response put = this.api.put("/api/v1/appointments/" + theirs, change, this.rep);
		assertThat(put.status()).isEqualTo(404);
		assertThat(put.json().get("code").asString()).isEqualTo("not-found");
		assertThat(this.api.delete("/api/v1/appointments/" + theirs, this.rep).status()).isEqualTo(404);
		assertThat(row(theirs)).isEqualTo(before);

		long appointmentsBefore = count("SELECT COUNT(*) FROM appointments");
		Response withTheirCustomer = book(valid(315, 10, 11), this.rep, otherRepId, customerOf(otherRepId));
		assertThat(withTheirCustomer.status()).isEqualTo(404);
		assertThat(withTheirCustomer.json().get("detail").asString()).contains("customer");
		Map<String, Object> unknownContact = valid(315, 10, 11);
		unknownContact.put("contactId", 999_999);
		assertThat(book(unknownContact, this.rep).status()).isEqualTo(404);
		Map<String, Object> unknownCustomer = valid(315, 10, 11);
		unknownCustomer.put("customerId", 999_999);
		assertThat(book(unknownCustomer, this.rep).status()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(appointmentsBefore);
		assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(auditRows);
		assertThat(this.api.get("/api/v1/appointments/999999", this.rep).status()).isEqualTo(404);
	}

	@Test
	void aManagerBooksForAnyRepAndReachesEveryonesAppointments() {
		long otherRepId = userId(DemoAccounts.OTHER_REP);
		Response booked = book(valid(316, 9, 10), this.manager, otherRepId, customerOf(otherRepId));
		assertThat(booked.status()).isEqualTo(201);
		long id = created(booked);
		assertThat(booked.json().get("salesRepId").asLong()).isEqualTo(otherRepId);
		assertThat(booked.json().get("salesRepName").asString()).isEqualTo("Sophie Leroy");
		assertThat(this.api.get("/api/v1/appointments/" + id, this.otherRep).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/appointments/" + id, this.rep).status()).isEqualTo(404);

		Response withAnyCustomer = book(valid(316, 11, 12), this.manager, otherRepId, this.customerId);
		assertThat(withAnyCustomer.status()).isEqualTo(201);
		created(withAnyCustomer);
		Response seenByOtherRep = this.api.get("/api/v1/appointments/" + withAnyCustomer.json().get("id").asLong(),
				this.otherRep);
		assertThat(seenByOtherRep.json().get("customerId").asLong()).isEqualTo(this.customerId);
		assertThat(seenByOtherRep.json().get("customerName").isNull()).isTrue();

		Map<String, Object> change = valid(316, 9, 10);
		change.put("customerId", customerOf(otherRepId));
		change.put("subject", "Changé par la responsable");
		change.put("version", 0);
		assertThat(this.api.put("/api/v1/appointments/" + id, change, this.manager).status()).isEqualTo(200);

		String day = at(316, 0).atZone(PARIS).toLocalDate().toString();
		Response list = this.api.get("/api/v1/appointments?from=" + day + "&salesRepId=" + otherRepId, this.manager);
		assertThat(list.json().get("items")).extracting((item) -> item.get("id").asLong()).contains(id);
	}

	@Test
	void listsCoverAPeriodAndArePagedSortedAndScoped() {
		Instant from = Instant.now();
		Instant to = from.plusSeconds(60L * 86400);
		String period = "from=" + from + "&to=" + to;
		Response mine = this.api.get("/api/v1/appointments?size=100&" + period, this.rep);
		assertThat(mine.status()).isEqualTo(200);
		long expected = countInPeriod(this.repId, from, to);
		assertThat(expected).isPositive();
		assertThat(mine.json().get("totalItems").asLong()).isEqualTo(expected);
		List<Instant> starts = new ArrayList<>();
		mine.json().get("items").forEach((item) -> {
			assertThat(item.get("salesRepId").asLong()).isEqualTo(this.repId);
			assertThat(item.get("customerName").isNull()).isFalse();
			starts.add(Instant.parse(item.get("startAt").asString()));
		});
		assertThat(starts).isSorted().allSatisfy((start) -> assertThat(start).isBetween(from, to));

		Response desc = this.api.get("/api/v1/appointments?size=2&sort=startAt,desc&" + period, this.rep);
		assertThat(desc.json().get("items")).hasSize(2);
		assertThat(Instant.parse(desc.json().get("items").get(0).get("startAt").asString())).isEqualTo(this.jdbc
			.sql("SELECT MAX(start_at) FROM appointments WHERE sales_rep_id = ? AND start_at >= ? AND start_at < ?")
			.params(this.repId, utc(from), utc(to))
			.query(LocalDateTime.class)
			.single()
			.toInstant(ZoneOffset.UTC));

		Response asked = this.api
			.get("/api/v1/appointments?size=1&salesRepId=" + userId(DemoAccounts.OTHER_REP) + "&" + period, this.rep);
		assertThat(asked.json().get("totalItems").asLong()).isEqualTo(expected);
		Response all = this.api.get("/api/v1/appointments?size=1&" + period, this.manager);
		assertThat(all.json().get("totalItems").asLong()).isEqualTo(countInPeriod(null, from, to));
		long otherRepId = userId(DemoAccounts.OTHER_REP);
		Response ofOne = this.api.get("/api/v1/appointments?size=1&salesRepId=" + otherRepId + "&" + period,
				this.manager);
		assertThat(ofOne.json().get("totalItems").asLong()).isEqualTo(countInPeriod(otherRepId, from, to));

		LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant weekStart = monday.atStartOfDay(PARIS).toInstant();
		Instant weekEnd = monday.plusWeeks(1).atStartOfDay(PARIS).toInstant();
		Response week = this.api.get("/api/v1/appointments?size=100", this.manager);
		assertThat(week.json().get("totalItems").asLong()).isEqualTo(countInPeriod(null, weekStart, weekEnd));
		Response days = this.api.get("/api/v1/appointments?size=1&from=" + monday + "&to=" + monday.plusWeeks(1),
				this.manager);
		assertThat(days.json().get("totalItems").asLong()).isEqualTo(week.json().get("totalItems").asLong());
	}

	@Test
	void badListParametersAreNamed() {
		assertRule(this.api.get("/api/v1/appointments?from=2030-05-10&to=2030-05-03", this.rep),
				"appointment.period-order", "to");
		assertRule(this.api.get("/api/v1/appointments?from=2030-01-01&to=2031-01-07", this.rep),
				"appointment.period-too-long", "to");
		assertThat(this.api.get("/api/v1/appointments?from=2030-01-01&to=2031-01-05", this.rep).status())
			.isEqualTo(200);
		Response malformed = this.api.get("/api/v1/appointments?from=demain", this.rep);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactly("from");
		assertThat(this.api.get("/api/v1/appointments?to=2030-02-30", this.rep).errorFields()).containsExactly("to");
		assertThat(this.api.get("/api/v1/appointments?from=0001-01-01", this.rep).errorFields())
			.containsExactly("from");
		assertThat(this.api.get("/api/v1/appointments?sort=subject", this.rep).errorFields()).containsExactly("sort");
		assertThat(this.api.get("/api/v1/appointments?size=101", this.rep).errorFields()).containsExactly("size");
		assertThat(this.api.get("/api/v1/appointments?page=2147483647&size=100", this.rep).errorFields())
			.containsExactly("page");
		assertThat(this.api.get("/api/v1/appointments?salesRepId=x", this.manager).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/appointments", null).status()).isEqualTo(401);
	}

	@Test
	void upcomingAppointmentsAreTheUsersPlannedOnesSoonestFirst() {
		long id = created(book(valid(317, 10, 11), this.rep));
		Response upcoming = this.api.get("/api/v1/appointments/upcoming?limit=100", this.rep);
		assertThat(upcoming.status()).isEqualTo(200);
		Instant now = Instant.now();
		long expected = this.jdbc
			.sql("SELECT COUNT(*) FROM appointments WHERE sales_rep_id = ? AND status = 'PLANNED' AND end_at > ?")
			.params(this.repId, utc(now))
			.query(Long.class)
			.single();
		assertThat(upcoming.json()).hasSize((int) Math.min(expected, 100));
		List<Instant> starts = new ArrayList<>();
		upcoming.json().forEach((item) -> {
			assertThat(item.get("salesRepId").asLong()).isEqualTo(this.repId);
			assertThat(item.get("status").asString()).isEqualTo("PLANNED");
			assertThat(Instant.parse(item.get("endAt").asString())).isAfter(now);
			starts.add(Instant.parse(item.get("startAt").asString()));
		});
		assertThat(starts).isSorted();
		if (expected <= 100) {
			assertThat(upcoming.json()).extracting((item) -> item.get("id").asLong()).contains(id);
		}
		assertThat(this.api.get("/api/v1/appointments/upcoming", this.rep).json())
			.hasSize((int) Math.min(expected, 20));
		assertThat(this.api.get("/api/v1/appointments/upcoming?limit=2", this.rep).json()).hasSize(2);
		assertRule(this.api.get("/api/v1/appointments/upcoming?limit=0", this.rep), "appointment.limit", "limit");
		assertRule(this.api.get("/api/v1/appointments/upcoming?limit=101", this.rep), "appointment.limit", "limit");
		assertThat(this.api.get("/api/v1/appointments/upcoming", this.manager).json()).isEmpty();
	}

	@Test
	void theOpenApiDocumentShowsPeriodBoundsAsText() {
		JsonNode docs = this.api.get("/v3/api-docs", null).json();
		JsonNode list = docs.get("paths").get("/api/v1/appointments").get("get");
		List<String> names = new ArrayList<>();
		list.get("parameters").forEach((parameter) -> {
			names.add(parameter.get("name").asString());
			JsonNode schema = parameter.get("schema");
			if (schema.has("$ref")) {
				String ref = schema.get("$ref").asString();
				schema = docs.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
			}
			if (List.of("from", "to").contains(parameter.get("name").asString())) {
				assertThat(schema.get("type").asString()).isEqualTo("string");
			}
		});
		assertThat(names).containsExactlyInAnyOrder("from", "to", "salesRepId", "page", "size", "sort");
		assertThat(docs.get("paths").has("/api/v1/appointments/calendar.ics")).isTrue();
		assertThat(docs.get("paths").has("/api/v1/public/appointment-requests")).isTrue();
		assertThat(docs.get("paths").get("/api/v1/appointment-requests/{id}/assign").has("post")).isTrue();
	}

	private Response book(Map<String, Object> body, String token) {
		return this.api.post("/api/v1/appointments", body, token);
	}

	private Response book(Map<String, Object> body, String token, long salesRepId, long customerId) {
		Map<String, Object> forRep = new HashMap<>(body);
		forRep.put("salesRepId", salesRepId);
		forRep.put("customerId", customerId);
		return book(forRep, token);
	}

	private long created(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		long id = response.json().get("id").asLong();
		this.created.add(id);
		return id;
	}

	/** A valid appointment of the rep's customer, {@code day} days from today (Paris). */
	private Map<String, Object> valid(int day, int fromHour, int toHour) {
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", this.customerId);
		body.put("startAt", at(day, fromHour).toString());
		body.put("endAt", at(day, toHour).toString());
		body.put("place", "3 rue de la Paix, 69002 Lyon");
		body.put("subject", "Démonstration");
		return body;
	}

	static Instant at(int day, int hour) {
		return LocalDate.now(PARIS).plusDays(day).atTime(hour, 0).atZone(PARIS).toInstant();
	}

	static void assertRule(Response response, String rule, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.json().get("rule").asString()).isEqualTo(rule);
		assertThat(response.errorFields()).containsExactly(field);
	}

	private long countInPeriod(Long salesRepId, Instant from, Instant to) {
		String sql = "SELECT COUNT(*) FROM appointments WHERE start_at >= ? AND start_at < ?";
		if (salesRepId == null) {
			return count(sql, utc(from), utc(to));
		}
		return count(sql + " AND sales_rep_id = ?", utc(from), utc(to), salesRepId);
	}

	/** An instant as the database holds it: a UTC date and time. */
	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.sql("SELECT * FROM appointments WHERE id = ?").param(id).query().singleRow();
	}

	private Instant startOf(long id) {
		return this.jdbc.sql("SELECT start_at FROM appointments WHERE id = ?")
			.param(id)
			.query(LocalDateTime.class)
			.single()
			.toInstant(ZoneOffset.UTC);
	}

	private String statusOf(long id) {
		return this.jdbc.sql("SELECT status FROM appointments WHERE id = ?").param(id).query(String.class).single();
	}

	private String companyName(long customerId) {
		return this.jdbc.sql("SELECT company_name FROM customers WHERE id = ?")
			.param(customerId)
			.query(String.class)
			.single();
	}

	private long customerWithContactOf(long ownerId) {
		return this.jdbc.sql("""
				SELECT MIN(c.id) FROM customers c
				WHERE c.owner_id = ? AND EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id)""")
			.param(ownerId)
			.query(Long.class)
			.single();
	}

	private long customerOf(long ownerId) {
		return this.jdbc.sql("SELECT MIN(id) FROM customers WHERE owner_id = ?")
			.param(ownerId)
			.query(Long.class)
			.single();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private long userId(String username) {
		return this.jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
	}

}
