package fr.infotools.appointment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.RequestDetails;
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

import static fr.infotools.appointment.api.AppointmentApiTests.assertRule;
import static fr.infotools.appointment.api.AppointmentApiTests.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managers' inbox of website requests over real HTTP: list, read, assign (linking or
 * creating the requester's prospect, then booking the rep's appointment, all or nothing),
 * reject, erase, and the reps' free slots. Requests are made for each test (the demo ones
 * are left as they are) and erased afterwards with what their assignment created.
 */
@IntegrationTest
class AppointmentRequestApiTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Appointments appointments;

	Api api;

	String manager;

	String rep;

	long repId;

	private final List<Long> createdAppointments = new ArrayList<>();

	private final List<Long> createdRequests = new ArrayList<>();

	private final List<Long> createdCustomers = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.repId = userId(DemoAccounts.REP);
	}

	@AfterEach
	void cleanUp() {
		this.createdAppointments.forEach((id) -> this.api.delete("/api/v1/appointments/" + id, this.manager));
		this.createdRequests.forEach((id) -> this.api.delete("/api/v1/appointment-requests/" + id, this.manager));
		this.createdCustomers.forEach((id) -> this.api.delete("/api/v1/customers/" + id, this.manager));
	}

	@Test
	void managersListAndReadRequestsAndRepsAreRefused() {
		long id = request("Anne Roy", "Roy SARL");
		Response all = this.api.get("/api/v1/appointment-requests?size=100", this.manager);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().get("totalItems").asLong()).isEqualTo(count("SELECT COUNT(*) FROM appointment_requests"));
		Response fresh = this.api.get("/api/v1/appointment-requests?status=NEW&sort=createdAt,desc&size=100",
				this.manager);
		assertThat(fresh.json().get("totalItems").asLong())
			.isEqualTo(count("SELECT COUNT(*) FROM appointment_requests WHERE status = 'NEW'"));
		fresh.json().get("items").forEach((item) -> assertThat(item.get("status").asString()).isEqualTo("NEW"));
		assertThat(fresh.json().get("items").get(0).get("id").asLong()).isEqualTo(id);
		Response assigned = this.api.get("/api/v1/appointment-requests?status=ASSIGNED", this.manager);
		assigned.json().get("items").forEach((item) -> {
			assertThat(item.get("appointmentId").isNull()).isFalse();
			assertThat(item.get("assignedToName").isNull()).isFalse();
		});

		Response one = this.api.get("/api/v1/appointment-requests/" + id, this.manager);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("requesterName").asString()).isEqualTo("Anne Roy");
		assertThat(one.json().get("companyName").asString()).isEqualTo("Roy SARL");
		assertThat(one.json().get("message").asString()).isEqualTo("Bonjour,\nun devis svp.");
		assertThat(one.json().get("appointmentId").isNull()).isTrue();

		assertThat(this.api.get("/api/v1/appointment-requests", this.rep).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/appointment-requests/" + id, this.rep).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/appointment-requests/" + id + "/reject", Map.of("reason", "x"), this.rep)
			.status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/appointment-requests/999999", this.manager).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/appointment-requests?status=LOST", this.manager).errorFields())
			.containsExactly("status");
		assertThat(this.api.get("/api/v1/appointment-requests?sort=email", this.manager).errorFields())
			.containsExactly("sort");
		assertThat(this.api.get("/api/v1/appointment-requests?page=99999999&size=100", this.manager).errorFields())
			.containsExactly("page");
	}

	@Test
	void assigningANewcomerCreatesTheirProspectAndContactThenBooksTheRepsAppointment() {
		long id = request("Anne-Marie de la Tour", "Tour & Fils");
		String email = emailOf(id);
		long customers = count("SELECT COUNT(*) FROM customers");
		Response response = assign(id, assignment(360, 10, 11, this.repId));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode request = response.json().get("request");
		JsonNode appointment = response.json().get("appointment");
		long customerId = request.get("customerId").asLong();
		this.createdAppointments.add(appointment.get("id").asLong());
		this.createdCustomers.add(customerId);
		assertThat(request.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(request.get("assignedTo").asLong()).isEqualTo(this.repId);
		assertThat(request.get("assignedToName").asString()).isEqualTo("Jean Dupont");
		assertThat(request.get("decidedByName").asString()).isEqualTo("Marie Martin");
		assertThat(request.get("decidedAt").isNull()).isFalse();
		assertThat(request.get("appointmentId").asLong()).isEqualTo(appointment.get("id").asLong());

		assertThat(count("SELECT COUNT(*) FROM customers")).isEqualTo(customers + 1);
		Map<String, Object> prospect = this.jdbc.sql("SELECT * FROM customers WHERE id = ?")
			.param(customerId)
			.query()
			.singleRow();
		assertThat(prospect).containsEntry("type", "PROSPECT")
			.containsEntry("company_name", "Tour & Fils")
			.containsEntry("email", email)
			.containsEntry("phone", "+33 6 12 34 56 78")
			.containsEntry("owner_id", this.repId);
		Map<String, Object> contact = this.jdbc.sql("SELECT * FROM contacts WHERE customer_id = ?")
			.param(customerId)
			.query()
			.singleRow();
		assertThat(contact).containsEntry("first_name", "Anne-Marie")
			.containsEntry("last_name", "de la Tour")
			.containsEntry("email", email);

		assertThat(appointment.get("salesRepId").asLong()).isEqualTo(this.repId);
		assertThat(appointment.get("customerId").asLong()).isEqualTo(customerId);
		assertThat(appointment.get("customerName").asString()).isEqualTo("Tour & Fils");
		assertThat(appointment.get("contactId").asLong()).isEqualTo(((Number) contact.get("id")).longValue());
		assertThat(appointment.get("contactName").asString()).isEqualTo("Anne-Marie de la Tour");
		assertThat(appointment.get("requestId").asLong()).isEqualTo(id);
		assertThat(appointment.get("subject").asString()).isEqualTo("Devis réseau");
		assertThat(appointment.get("notes").asString()).isEqualTo("Bonjour,\nun devis svp.");
		assertThat(appointment.get("startAt").asString()).isEqualTo(at(360, 10).toString());

		Response seenByRep = this.api.get("/api/v1/appointments/" + appointment.get("id").asLong(), this.rep);
		assertThat(seenByRep.status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/customers/" + customerId, this.rep).status()).isEqualTo(200);

		Response again = assign(id, assignment(361, 10, 11, this.repId));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("request-decided");
		assertThat(again.json().get("status").asString()).isEqualTo("ASSIGNED");
		Response rejected = this.api.post("/api/v1/appointment-requests/" + id + "/reject",
				Map.of("reason", "Trop tard"), this.manager);
		assertThat(rejected.status()).isEqualTo(409);
		assertThat(rejected.json().get("code").asString()).isEqualTo("request-decided");
		assertThat(count("SELECT COUNT(*) FROM appointments WHERE request_id = ?", id)).isOne();

		Response erase = this.api.delete("/api/v1/appointment-requests/" + id, this.manager);
		assertThat(erase.status()).isEqualTo(409);
		assertThat(erase.json().get("code").asString()).isEqualTo("request-in-use");
	}

	@Test
	void assigningAKnownRequesterLinksTheirCustomerRecord() {
		long otherRepId = userId(DemoAccounts.OTHER_REP);
		Map<String, Object> known = this.jdbc.sql("""
				SELECT c.id, k.id AS contact_id, k.email FROM customers c JOIN contacts k ON k.customer_id = c.id
				WHERE c.owner_id = ? AND k.email IS NOT NULL ORDER BY k.id LIMIT 1""")
			.param(otherRepId)
			.query()
			.singleRow();
		long customerId = ((Number) known.get("id")).longValue();
		String email = ((String) known.get("email")).toUpperCase();
		long id = this.appointments
			.submitRequest(
					new RequestDetails("Client Connu", null, email, null, "Extension de parc", null, null, null, true))
			.getId();
		this.createdRequests.add(id);
		long customers = count("SELECT COUNT(*) FROM customers");
		long contacts = count("SELECT COUNT(*) FROM contacts");

		Response byChoice = assign(id, withCustomer(assignment(362, 14, 15, otherRepId), customerId));
		assertThat(byChoice.status()).as(byChoice.body()).isEqualTo(200);
		JsonNode appointment = byChoice.json().get("appointment");
		this.createdAppointments.add(appointment.get("id").asLong());
		assertThat(appointment.get("customerId").asLong()).isEqualTo(customerId);
		assertThat(appointment.get("contactId").asLong()).isEqualTo(((Number) known.get("contact_id")).longValue());
		assertThat(appointment.get("salesRepId").asLong()).isEqualTo(otherRepId);
		assertThat(byChoice.json().get("request").get("customerId").asLong()).isEqualTo(customerId);
		assertThat(count("SELECT COUNT(*) FROM customers")).isEqualTo(customers);
		assertThat(count("SELECT COUNT(*) FROM contacts")).isEqualTo(contacts);
	}

	@Test
	void assigningFindsTheCustomerWithTheRequestersEmail() {
		long otherRepId = userId(DemoAccounts.OTHER_REP);
		Map<String, Object> known = this.jdbc.sql("""
				SELECT id, email FROM customers WHERE owner_id = ? AND email IN
				  (SELECT email FROM customers GROUP BY email HAVING COUNT(*) = 1) ORDER BY id LIMIT 1""")
			.param(otherRepId)
			.query()
			.singleRow();
		long customerId = ((Number) known.get("id")).longValue();
		long id = this.appointments
			.submitRequest(new RequestDetails("Client Connu", "Autre nom", (String) known.get("email"), null,
					"Renouvellement", null, "Rappel", null, true))
			.getId();
		this.createdRequests.add(id);
		long customers = count("SELECT COUNT(*) FROM customers");
		Response response = assign(id, assignment(363, 9, 10, otherRepId));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		this.createdAppointments.add(response.json().get("appointment").get("id").asLong());
		assertThat(response.json().get("appointment").get("customerId").asLong()).isEqualTo(customerId);
		assertThat(response.json().get("request").get("customerId").asLong()).isEqualTo(customerId);
		assertThat(count("SELECT COUNT(*) FROM customers")).isEqualTo(customers);
	}

	@Test
	void aFailedAssignmentChangesNothing() {
		Response blocking = this.api.post("/api/v1/appointments", Map.of("customerId", customerOf(this.repId),
				"startAt", at(364, 10).toString(), "endAt", at(364, 11).toString(), "subject", "Déjà pris"), this.rep);
		long blockingId = blocking.json().get("id").asLong();
		this.createdAppointments.add(blockingId);
		long id = request("Paul Neuf", null);
		long customers = count("SELECT COUNT(*) FROM customers");
		long contacts = count("SELECT COUNT(*) FROM contacts");
		long appointments = count("SELECT COUNT(*) FROM appointments");
		long auditRows = count("SELECT COUNT(*) FROM audit_log");

		Map<String, Object> overlapping = assignment(364, 10, 12, this.repId);
		Response conflict = assign(id, overlapping);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("code").asString()).isEqualTo("appointment-overlap");
		assertThat(conflict.json().get("conflictingAppointmentId").asLong()).isEqualTo(blockingId);
		assertRule(assign(id, assignment(364, 12, 11, this.repId)), "appointment.end-before-start", "endAt");
		Map<String, Object> past = assignment(364, 12, 13, this.repId);
		past.put("startAt", Instant.now().minusSeconds(7200).toString());
		past.put("endAt", Instant.now().minusSeconds(3600).toString());
		assertRule(assign(id, past), "appointment.in-past", "startAt");
		assertRule(assign(id, assignment(364, 12, 13, userId(DemoAccounts.MANAGER))), "appointment.rep-not-sales",
				"salesRepId");
		Map<String, Object> missing = assignment(364, 12, 13, this.repId);
		missing.remove("salesRepId");
		missing.remove("endAt");
		Response invalid = assign(id, missing);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("salesRepId", "endAt");
		Response unknownCustomer = assign(id, withCustomer(assignment(364, 12, 13, this.repId), 999_999));
		assertThat(unknownCustomer.status()).isEqualTo(404);
		assertThat(assign(999_999, assignment(364, 12, 13, this.repId)).status()).isEqualTo(404);

		assertThat(count("SELECT COUNT(*) FROM customers")).isEqualTo(customers);
		assertThat(count("SELECT COUNT(*) FROM contacts")).isEqualTo(contacts);
		assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(appointments);
		assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(auditRows);
		assertThat(this.api.get("/api/v1/appointment-requests/" + id, this.manager).json().get("status").asString())
			.isEqualTo("NEW");
	}

	@Test
	void aRejectionNeedsAReasonAndDecidesTheRequestOnce() {
		long id = request("Luc Faux", "Faux SA");
		String path = "/api/v1/appointment-requests/" + id + "/reject";
		assertThat(this.api.post(path, Map.of(), this.manager).errorFields()).containsExactly("reason");
		assertThat(this.api.post(path, Map.of("reason", "  "), this.manager).errorFields()).containsExactly("reason");
		assertThat(this.api.post(path, Map.of("reason", "x".repeat(501)), this.manager).errorFields())
			.containsExactly("reason");
		Response rejected = this.api.post(path, Map.of("reason", "Hors de notre zone d'intervention."), this.manager);
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("rejectionReason").asString()).isEqualTo("Hors de notre zone d'intervention.");
		assertThat(rejected.json().get("decidedBy").asLong()).isEqualTo(userId(DemoAccounts.MANAGER));
		Response again = this.api.post(path, Map.of("reason", "Doublon"), this.manager);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("request-decided");
		assertThat(assign(id, assignment(365, 10, 11, this.repId)).status()).isEqualTo(409);
		assertThat(this.jdbc.sql("SELECT rejection_reason FROM appointment_requests WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Hors de notre zone d'intervention.");

		assertThat(this.api.delete("/api/v1/appointment-requests/" + id, this.manager).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/appointment-requests/" + id, this.manager).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/appointment-requests/" + id, this.manager).status()).isEqualTo(404);
	}

	@Test
	void freeSlotsAreTheRepsFreeWorkingHoursOfTheDay() {
		LocalDate day = LocalDate.now(PARIS).plusDays(366);
		Instant ten = day.atTime(10, 0).atZone(PARIS).toInstant();
		Response busy = this.api.post("/api/v1/appointments", Map.of("customerId", customerOf(this.repId), "startAt",
				ten.toString(), "endAt", ten.plusSeconds(5400).toString(), "subject", "Occupé"), this.rep);
		this.createdAppointments.add(busy.json().get("id").asLong());
		Response slots = this.api
			.get("/api/v1/appointment-requests/free-slots?salesRepId=" + this.repId + "&date=" + day, this.manager);
		assertThat(slots.status()).isEqualTo(200);
		List<Integer> hours = new ArrayList<>();
		slots.json().forEach((slot) -> {
			Instant start = Instant.parse(slot.get("startAt").asString());
			assertThat(Instant.parse(slot.get("endAt").asString())).isEqualTo(start.plusSeconds(3600));
			hours.add(start.atZone(PARIS).getHour());
		});
		assertThat(hours).containsExactly(9, 12, 13, 14, 15, 16, 17);
		Response past = this.api.get("/api/v1/appointment-requests/free-slots?salesRepId=" + this.repId + "&date="
				+ LocalDate.now(PARIS).minusDays(1), this.manager);
		assertThat(past.json()).isEmpty();
		assertRule(this.api.get("/api/v1/appointment-requests/free-slots?date=" + day, this.manager),
				"appointment.rep-required", "salesRepId");
		assertRule(this.api.get("/api/v1/appointment-requests/free-slots?salesRepId=" + userId(DemoAccounts.MANAGER),
				this.manager), "appointment.rep-not-sales", "salesRepId");
		assertThat(this.api
			.get("/api/v1/appointment-requests/free-slots?salesRepId=" + this.repId + "&date=demain", this.manager)
			.errorFields()).containsExactly("date");
		assertThat(this.api.get("/api/v1/appointment-requests/free-slots?salesRepId=" + this.repId, this.rep).status())
			.isEqualTo(403);
	}

	/** A new website request with a unique e-mail address, made for one test. */
	private long request(String name, String company) {
		String email = "demande-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
		long id = this.appointments
			.submitRequest(new RequestDetails(name, company, email, "+33 6 12 34 56 78", "Devis réseau", null,
					"Bonjour,\nun devis svp.", "Mardi matin", true))
			.getId();
		this.createdRequests.add(id);
		return id;
	}

	private Response assign(long requestId, Map<String, Object> body) {
		return this.api.post("/api/v1/appointment-requests/" + requestId + "/assign", body, this.manager);
	}

	private static Map<String, Object> assignment(int day, int fromHour, int toHour, long salesRepId) {
		Map<String, Object> body = new HashMap<>();
		body.put("salesRepId", salesRepId);
		body.put("startAt", at(day, fromHour).toString());
		body.put("endAt", at(day, toHour).toString());
		body.put("place", "Chez le client");
		return body;
	}

	private static Map<String, Object> withCustomer(Map<String, Object> body, long customerId) {
		body.put("customerId", customerId);
		return body;
	}

	private String emailOf(long requestId) {
		return this.jdbc.sql("SELECT email FROM appointment_requests WHERE id = ?")
			.param(requestId)
			.query(String.class)
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
