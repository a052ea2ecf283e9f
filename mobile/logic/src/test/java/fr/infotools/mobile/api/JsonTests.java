package fr.infotools.mobile.api;

import java.time.Instant;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTests {

	/** As {@code GET /api/v1/appointments/upcoming} answers it. */
	private static final String SERVER_APPOINTMENT = """
			{"id":166,"salesRepId":2,"salesRepName":"Jean Dupont","customerId":9,"customerName":"Transports Mercier",
			"contactId":15,"contactName":"Claire Bernard","startAt":"2026-12-01T09:30:00Z","endAt":"2026-12-01T11:30:00Z",
			"place":"Visioconférence","subject":"Étude du besoin en serveurs","notes":null,"status":"PLANNED",
			"requestId":null,"createdAt":"2026-11-28T13:21:15.049515Z","updatedAt":"2026-11-28T13:21:15.049515Z","version":0}
			""";

	@Test
	void readsAnAppointmentAsTheServerWritesIt() {
		Appointment appointment = Json.appointment(new JSONObject(SERVER_APPOINTMENT));
		assertThat(appointment).isEqualTo(new Appointment(166, 9, "Transports Mercier", 15L, "Claire Bernard",
				Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T11:30:00Z"), "Visioconférence",
				"Étude du besoin en serveurs", null, AppointmentStatus.PLANNED, 0));
		assertThat(Json.appointment(Json.appointment(appointment))).isEqualTo(appointment);
	}

	@Test
	void writesWhatTheServerTakes() {
		AppointmentDraft draft = new AppointmentDraft(9L, null, Instant.parse("2026-12-01T09:30:00Z"),
				Instant.parse("2026-12-01T11:30:00Z"), null, "Démo", null, AppointmentStatus.CANCELLED);
		JSONObject body = Json.draft(draft, 3L);
		assertThat(body.keySet()).containsExactlyInAnyOrder("customerId", "startAt", "endAt", "subject", "status",
				"version");
		assertThat(body.getString("startAt")).isEqualTo("2026-12-01T09:30:00Z");
		assertThat(Json.draft(body)).isEqualTo(draft);
		assertThat(Json.draft(new AppointmentDraft(null, null, null, null, null, null, null, null), null).length())
			.isZero();
		assertThat(Json.draft(new JSONObject()).status()).isNull();
	}

	@Test
	void readsValidationProblems() {
		Problem problem = Json.problem(422,
				"""
						{"detail":"Certains champs sont invalides : voir errors.","status":422,"title":"Données invalides",
						"type":"urn:infotools:problem:validation","code":"validation",
						"errors":[{"message":"ne doit pas être nul","field":"startAt"},{"message":"ne doit pas être vide","field":"subject"}]}
						""");
		assertThat(problem.code()).isEqualTo("validation");
		assertThat(problem.errors()).containsExactly(new Problem.FieldError("startAt", "ne doit pas être nul"),
				new Problem.FieldError("subject", "ne doit pas être vide"));
		assertThat(problem.fullMessage()).isEqualTo("startAt : ne doit pas être nul\nsubject : ne doit pas être vide");
		assertThat(problem.message()).isEqualTo("Certains champs sont invalides : voir errors.");
		assertThat(Json.problem(problem.status(), Json.problem(problem).toString())).isEqualTo(problem);
	}

	@Test
	void readsConflictsAndAnswersThatAreNoProblemDocument() {
		Problem overlap = Json.problem(409,
				"{\"status\":409,\"title\":\"Rendez-vous en conflit\",\"code\":\"appointment-overlap\","
						+ "\"conflictingAppointmentId\":166}");
		assertThat(overlap.conflictingAppointmentId()).isEqualTo(166L);
		assertThat(overlap.message()).isEqualTo("Rendez-vous en conflit");
		assertThat(overlap.fullMessage()).isEqualTo("Rendez-vous en conflit");
		Problem proxy = Json.problem(502, "<html>Bad gateway</html>");
		assertThat(proxy.code()).isEqualTo("http-502");
		assertThat(proxy.message()).isEqualTo("HTTP 502");
		assertThat(Json.problem(500, "{}").code()).isEqualTo("http-500");
	}

	@Test
	void readsTokensProfilesAndLists() {
		Tokens tokens = Json.tokens(new JSONObject("{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"expiresIn\":899}"));
		assertThat(tokens).isEqualTo(new Tokens("a", "r"));
		Profile profile = Json.profile(new JSONObject(
				"{\"id\":2,\"username\":\"jdupont\",\"displayName\":\"Jean Dupont\",\"role\":\"SALES\",\"reminderMinutes\":15}"));
		assertThat(profile.reminderMinutes()).isEqualTo(15);
		assertThat(Json.items("[{\"id\":1}]").length()).isEqualTo(1);
		assertThat(Json.items(" {\"items\":[{\"id\":1},{\"id\":2}],\"page\":0}").length()).isEqualTo(2);
	}

}
