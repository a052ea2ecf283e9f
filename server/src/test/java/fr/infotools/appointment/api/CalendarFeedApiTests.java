package fr.infotools.appointment.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The personal calendar feed over real HTTP, without login: RFC 5545 text with one event
 * per appointment of the token's owner, escaped and folded; unknown tokens answer 404.
 */
@IntegrationTest
class CalendarFeedApiTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String rep;

	private final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
	}

	@AfterEach
	void cleanUp() {
		this.created.forEach((id) -> this.api.delete("/api/v1/appointments/" + id, this.rep));
	}

	@Test
	void theFeedHoldsTheOwnersAppointmentsAsICalendarEvents() {
		long repId = userId(DemoAccounts.REP);
		long customerId = this.jdbc.sql("SELECT MIN(id) FROM customers WHERE owner_id = ?")
			.param(repId)
			.query(Long.class)
			.single();
		Instant start = AppointmentApiTests.at(350, 10);
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", customerId);
		body.put("startAt", start.toString());
		body.put("endAt", start.plusSeconds(5400).toString());
		body.put("place", "Salle 2, bâtiment B; accès par la cour");
		body.put("subject", "Démo \\ « serveurs », suite; étape 2");
		body.put("notes", "Apporter :\n- la maquette\n- le devis " + "détaillé ".repeat(12));
		Response booked = this.api.post("/api/v1/appointments", body, this.rep);
		assertThat(booked.status()).isEqualTo(201);
		long id = booked.json().get("id").asLong();
		this.created.add(id);
		String customer = booked.json().get("customerName").asString();

		Response cancelledBooking = this.api.post("/api/v1/appointments", Map.of("customerId", customerId, "startAt",
				start.plusSeconds(7200).toString(), "endAt", start.plusSeconds(9000).toString(), "subject", "Annulé"),
				this.rep);
		long cancelled = cancelledBooking.json().get("id").asLong();
		this.created.add(cancelled);
		Map<String, Object> cancel = new HashMap<>(
				Map.of("customerId", customerId, "startAt", start.plusSeconds(7200).toString(), "endAt",
						start.plusSeconds(9000).toString(), "subject", "Annulé", "status", "CANCELLED", "version", 0));
		assertThat(this.api.put("/api/v1/appointments/" + cancelled, cancel, this.rep).status()).isEqualTo(200);

		Response feed = this.api.get("/api/v1/appointments/calendar.ics?token=" + calendarToken(repId), null);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
		String text = feed.body();
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		String unfolded = text.replace("\r\n ", "");
		assertThat(unfolded).contains("X-WR-CALNAME:InfoTools — Jean Dupont\r\n");

		String event = eventOf(unfolded, id);
		assertThat(event).contains("\r\nDTSTART:" + UTC.format(start) + "\r\n",
				"\r\nDTEND:" + UTC.format(start.plusSeconds(5400)) + "\r\n",
				"\r\nSUMMARY:Démo \\\\ « serveurs »\\, suite\\; étape 2 — " + escape(customer) + "\r\n",
				"\r\nLOCATION:Salle 2\\, bâtiment B\\; accès par la cour\r\n",
				"\r\nDESCRIPTION:Client : " + escape(customer)
						+ "\\n\\nApporter :\\n- la maquette\\n- le devis détaillé",
				"\r\nSTATUS:CONFIRMED\r\n", "\r\nDTSTAMP:", "\r\nSEQUENCE:0\r\n");
		assertThat(eventOf(unfolded, cancelled)).contains("\r\nSTATUS:CANCELLED\r\n", "\r\nSEQUENCE:1\r\n");

		Set<Long> inFeed = new HashSet<>();
		for (String uid : unfolded.split("\r\nUID:appointment-")) {
			if (!uid.startsWith("BEGIN:VCALENDAR")) {
				inFeed.add(Long.parseLong(uid.substring(0, uid.indexOf('@'))));
			}
		}
		Instant now = Instant.now();
		List<Long> expected = this.jdbc
			.sql("SELECT id FROM appointments WHERE sales_rep_id = ? AND start_at >= ? AND start_at < ?")
			.params(repId, utc(now.atZone(PARIS).minusMonths(3).toInstant()),
					utc(now.atZone(PARIS).plusMonths(12).toInstant()))
			.query(Long.class)
			.list();
		assertThat(inFeed).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(countOf(unfolded, "BEGIN:VEVENT")).isEqualTo(expected.size());
	}

	@Test
	void anUnknownOrMissingTokenAnswers404WithoutLogin() {
		Response unknown = this.api.get("/api/v1/appointments/calendar.ics?token=not-a-token", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("not-found");
		assertThat(this.api.get("/api/v1/appointments/calendar.ics", null).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/appointments/calendar.ics?token=", null).status()).isEqualTo(404);
	}

	@Test
	void aUsersLinkLeadsToTheirOwnFeed() {
		String calendarUrl = this.api.get("/api/v1/me", this.rep).json().get("calendarUrl").asString();
		String path = calendarUrl.substring(calendarUrl.indexOf("/api/v1/"));
		Response feed = this.api.get(path, null);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains("Jean Dupont");
		String otherRep = this.api.login(DemoAccounts.OTHER_REP).access();
		String theirs = this.api.get("/api/v1/me", otherRep).json().get("calendarUrl").asString();
		assertThat(this.api.get(theirs.substring(theirs.indexOf("/api/v1/")), null).body()).contains("Sophie Leroy")
			.doesNotContain("Jean Dupont");
	}

	private static String eventOf(String calendar, long id) {
		int uid = calendar.indexOf("UID:appointment-" + id + "@");
		assertThat(uid).as("event of appointment " + id).isPositive();
		int begin = calendar.lastIndexOf("BEGIN:VEVENT", uid);
		return calendar.substring(begin, calendar.indexOf("END:VEVENT", uid));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
	}

	private static int countOf(String text, String part) {
		return text.split(part, -1).length - 1;
	}

	private static LocalDateTime utc(Instant instant) {
		return AppointmentApiTests.utc(instant);
	}

	private String calendarToken(long userId) {
		return this.jdbc.sql("SELECT calendar_token FROM users WHERE id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	private long userId(String username) {
		return this.jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
	}

}
