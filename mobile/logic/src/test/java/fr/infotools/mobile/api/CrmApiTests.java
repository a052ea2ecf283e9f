package fr.infotools.mobile.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;

import static fr.infotools.mobile.Fixtures.appointment;
import static fr.infotools.mobile.Fixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CrmApiTests {

	private final FakeServer server = new FakeServer();

	private final FakeServer.MemoryTokens tokens = new FakeServer.MemoryTokens();

	private final CrmApi api = new CrmApi(this.server, this.tokens, "fr");

	@BeforeEach
	void logIn() throws Exception {
		Profile profile = this.api.login("jdupont", "InfoTools2026!");
		assertThat(profile.displayName()).isEqualTo("Jean Dupont");
		assertThat(profile.reminderMinutes()).isEqualTo(30);
	}

	@Test
	void loginKeepsTheTokensAndAsksForFrench() {
		assertThat(this.api.isLoggedIn()).isTrue();
		assertThat(this.tokens.tokens.refreshToken()).isEqualTo("refresh-1");
		assertThat(this.tokens.tokens.toString()).doesNotContain("refresh-1");
		Transport.Request login = this.server.requests.get(0);
		assertThat(login.headers()).containsEntry("Accept-Language", "fr").doesNotContainKey("Authorization");
		assertThat(this.server.requests.get(1).headers()).containsEntry("Authorization", "Bearer access-1");
	}

	@Test
	void aWrongPasswordIsRefusedWithTheServersWords() {
		this.tokens.clear();
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.api.login("jdupont", "faux"))
			.satisfies(
					(ex) -> assertThat(ex.getProblem().message()).isEqualTo("Identifiant ou mot de passe incorrect."));
		assertThat(this.api.isLoggedIn()).isFalse();
	}

	@Test
	void anExpiredAccessTokenIsRenewedOnceAndTheCallRepeated() throws Exception {
		this.server.expireAccessToken();
		assertThat(this.api.me().username()).isEqualTo("jdupont");
		assertThat(this.tokens.tokens.accessToken()).isEqualTo("access-2");
		assertThat(this.tokens.tokens.refreshToken()).isEqualTo("refresh-2");
		assertThat(this.server.requests).extracting(Transport.Request::path)
			.containsSubsequence("/api/v1/me", "/api/v1/auth/refresh", "/api/v1/me");
	}

	@Test
	void aRefusedRefreshEndsTheSessionAndForgetsTheTokens() {
		this.server.expireAccessToken();
		this.tokens.save(new Tokens("old-access", "stolen-and-replayed"));
		assertThatExceptionOfType(SessionEndedException.class).isThrownBy(this.api::me);
		assertThat(this.api.isLoggedIn()).isFalse();
		assertThatExceptionOfType(SessionEndedException.class).isThrownBy(this.api::me);
	}

	@Test
	void tokensRenewedMeanwhileByAnotherCallAreUsedNotRenewedAgain() throws Exception {
		// while this call waits for its 401, another call renews the pair
		Transport racing = (request) -> {
			if (request.path().equals("/api/v1/me") && this.tokens.tokens.accessToken().equals("access-1")) {
				this.server.expireAccessToken();
				try {
					new CrmApi(this.server, this.tokens, "fr").me();
				}
				catch (ApiException ex) {
					throw new AssertionError(ex);
				}
				return FakeServer.problem(401, "unauthenticated", "expiré");
			}
			return this.server.exchange(request);
		};
		assertThat(new CrmApi(racing, this.tokens, "fr").me().username()).isEqualTo("jdupont");
		assertThat(countRefreshes()).as("the refresh token used is never presented twice").isEqualTo(1);
		assertThat(this.tokens.tokens.refreshToken()).isEqualTo("refresh-2");
	}

	@Test
	void aSecond401AfterRenewalEndsTheSession() {
		this.server.scripted.put("GET /api/v1/me", FakeServer.problem(401, "unauthenticated", "expiré"));
		this.server.expireAccessToken();
		this.server.scripted.put("POST /api/v1/auth/refresh", FakeServer.json(200,
				new org.json.JSONObject().put("accessToken", "still-bad").put("refreshToken", "refresh-x")));
		assertThatExceptionOfType(SessionEndedException.class).isThrownBy(this.api::me);
	}

	@Test
	void aServerErrorOnRefreshIsNotTheEndOfTheSession() {
		this.server.expireAccessToken();
		this.server.scripted.put("POST /api/v1/auth/refresh", FakeServer.problem(503, "unavailable", "Plus tard"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(this.api::me)
			.isNotInstanceOf(SessionEndedException.class);
		assertThat(this.api.isLoggedIn()).isTrue();
		this.server.scripted.put("POST /api/v1/auth/refresh", FakeServer.json(200, "not json"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(this.api::me);
	}

	@Test
	void appointmentsAreReadPageByPage() throws Exception {
		this.server.pageSize = 2;
		for (long id = 1; id <= 5; id++) {
			this.server.appointments.put(id,
					appointment(id, "2026-04-0" + id + "T08:00:00Z", "2026-04-0" + id + "T09:00:00Z"));
		}
		List<Appointment> all = this.api.appointments(Instant.parse("2026-03-01T00:00:00Z"),
				Instant.parse("2026-05-01T00:00:00Z"));
		assertThat(all).extracting(Appointment::id).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(this.server.requests.get(2).path()).isEqualTo(
				"/api/v1/appointments?from=2026-03-01T00%3A00%3A00Z&to=2026-05-01T00%3A00%3A00Z&sort=startAt&page=0&size=100");
	}

	@Test
	void appointmentsAreBookedChangedAndDeleted() throws Exception {
		Appointment created = this.api.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"));
		assertThat(created.id()).isEqualTo(500);
		AppointmentDraft moved = draft("2026-04-01T10:00:00Z", "2026-04-01T11:00:00Z");
		Appointment changed = this.api.update(created.id(), created.version(), moved);
		assertThat(changed.startAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
		assertThat(changed.version()).isEqualTo(1);
		assertThat(this.api.appointment(created.id())).isEqualTo(changed);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.api.update(created.id(), 0, moved))
			.satisfies((ex) -> assertThat(ex.getProblem().code()).isEqualTo("stale-version"));
		this.api.delete(created.id());
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.api.delete(created.id()))
			.satisfies((ex) -> assertThat(ex.getProblem().status()).isEqualTo(404));
	}

	@Test
	void anOverlapNamesTheOtherAppointment() throws Exception {
		Appointment first = this.api.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.api.create(draft("2026-04-01T08:30:00Z", "2026-04-01T09:30:00Z")))
			.satisfies((ex) -> {
				assertThat(ex.getProblem().code()).isEqualTo("appointment-overlap");
				assertThat(ex.getProblem().conflictingAppointmentId()).isEqualTo(first.id());
				assertThat(ex.getMessage()).contains("chevauche");
			});
	}

	@Test
	void customersContactsAndPreferences() throws Exception {
		assertThat(this.api.customers()).extracting(Customer::companyName)
			.containsExactly("Transports Mercier", "Laboratoire du Centre");
		assertThat(this.api.contacts(9)).extracting(Contact::displayName).containsExactly("Claire Bernard");
		assertThat(this.api.changeReminderMinutes(60).reminderMinutes()).isEqualTo(60);
		assertThat(this.server.reminderMinutes).isEqualTo(60);
	}

	@Test
	void logoutEndsTheSessionEvenWithoutNetwork() throws Exception {
		this.api.logout();
		assertThat(this.api.isLoggedIn()).isFalse();
		assertThat(this.server.currentRefreshToken()).isEqualTo("logged-out");
		this.api.login("jdupont", "InfoTools2026!");
		this.server.offline = true;
		this.api.logout();
		assertThat(this.api.isLoggedIn()).isFalse();
		this.api.logout();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.api.login("jdupont", "x"));
	}

	private int countRefreshes() {
		return (int) this.server.requests.stream()
			.filter((request) -> request.path().equals("/api/v1/auth/refresh"))
			.count();
	}

}
