package fr.infotools.identity.api;

import java.util.Map;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managers list the users known from the directory; everyone manages their own reminder
 * delay and calendar link.
 */
@IntegrationTest
class UsersAndProfileApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void managersListUsersByRole() {
		String manager = this.api.login(DemoAccounts.MANAGER).access();
		Response reps = this.api.get("/api/v1/users?role=SALES", manager);
		assertThat(reps.status()).isEqualTo(200);
		assertThat(reps.json().valueStream().map((user) -> user.get("username").asString()))
			.contains("jdupont", "sleroy", "khaddad", "epetit")
			.doesNotContain("mmartin", "pdurand");
		long id = reps.json().get(0).get("id").asLong();
		assertThat(this.api.get("/api/v1/users/" + id, manager).json().get("role").asString()).isEqualTo("SALES");
		assertThat(this.api.get("/api/v1/users/999999", manager).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/users", this.api.login(DemoAccounts.REP).access()).status()).isEqualTo(403);
	}

	@Test
	void aUserChangesTheirReminderDelayAndRenewsTheirCalendarLink() {
		String token = this.api.login("epetit").access();
		Response me = this.api.get("/api/v1/me", token);
		assertThat(me.json().get("reminderMinutes").asInt()).isIn(15, 30, 60);
		String calendar = me.json().get("calendarUrl").asString();
		assertThat(calendar).contains("/api/v1/appointments/calendar.ics?token=");

		Response changed = this.api.put("/api/v1/me/preferences", Map.of("reminderMinutes", 60), token);
		assertThat(changed.json().get("reminderMinutes").asInt()).isEqualTo(60);
		Response refused = this.api.put("/api/v1/me/preferences", Map.of("reminderMinutes", 45), token);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorFields()).containsExactly("reminderMinutes");
		assertThat(this.api.put("/api/v1/me/preferences", Map.of(), token).errorFields())
			.containsExactly("reminderMinutes");
		assertThat(this.api.get("/api/v1/me", token).json().get("reminderMinutes").asInt()).isEqualTo(60);

		Response renewed = this.api.post("/api/v1/me/calendar-token", Map.of(), token);
		assertThat(renewed.json().get("calendarUrl").asString()).isNotEqualTo(calendar);
		this.api.put("/api/v1/me/preferences", Map.of("reminderMinutes", 30), token);
	}

}
