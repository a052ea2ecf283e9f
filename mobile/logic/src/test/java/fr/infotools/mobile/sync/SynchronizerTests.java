package fr.infotools.mobile.sync;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.api.CrmApi;
import fr.infotools.mobile.api.FakeServer;
import fr.infotools.mobile.reminder.Reminder;
import fr.infotools.mobile.reminder.ReminderDelay;
import fr.infotools.mobile.time.AgendaTime;

import static fr.infotools.mobile.Fixtures.NOW;
import static fr.infotools.mobile.Fixtures.appointment;
import static fr.infotools.mobile.Fixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class SynchronizerTests {

	private final FakeServer server = new FakeServer();

	private final FakeServer.MemoryTokens tokens = new FakeServer.MemoryTokens();

	private final CrmApi api = new CrmApi(this.server, this.tokens, "fr");

	private final Synchronizer synchronizer = new Synchronizer(this.api, new AgendaTime(AgendaTime.PARIS));

	@BeforeEach
	void logIn() throws Exception {
		this.api.login("jdupont", "InfoTools2026!");
		this.server.appointments.put(166L, appointment(166, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z"));
	}

	@Test
	void aFirstSyncReadsTheAgendaAndPlansItsReminders() {
		this.server.reminderMinutes = 15;
		SyncResult result = this.synchronizer.sync(LocalState.empty(), NOW);
		assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.DONE);
		LocalState state = result.state();
		assertThat(state.agenda().appointments()).extracting(Appointment::id).containsExactly(166L);
		assertThat(state.agenda().customers()).hasSize(2);
		assertThat(state.agenda().contactsOf(9)).hasSize(1);
		assertThat(state.agenda().syncedAt()).isEqualTo(NOW);
		assertThat(state.delay()).isEqualTo(ReminderDelay.MINUTES_15);
		assertThat(state.userName()).isEqualTo("Jean Dupont");
		assertThat(result.plan().schedule()).extracting(Reminder::triggerAt)
			.containsExactly(Instant.parse("2026-03-31T07:45:00Z"));
		assertThat(state.reminders()).containsOnlyKeys(166L);
		assertThat(this.server.requests.get(3).path())
			.startsWith("/api/v1/appointments?from=2026-02-27T23%3A00%3A00Z&to=2026-09-25T22%3A00%3A00Z");
	}

	@Test
	void changesMadeOfflineWaitAndAreSentWhenTheNetworkReturns() {
		LocalState synced = this.synchronizer.sync(LocalState.empty(), NOW).state();
		this.server.offline = true;
		LocalState changed = synced.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW);
		SyncResult offline = this.synchronizer.sync(changed, NOW);
		assertThat(offline.outcome()).isEqualTo(SyncResult.Outcome.OFFLINE);
		assertThat(offline.state().queue().size()).isEqualTo(1);
		assertThat(offline.state().agenda().find(-1)).isPresent();
		assertThat(offline.plan().schedule()).extracting(Reminder::appointmentId).containsExactly(-1L);

		this.server.offline = false;
		SyncResult back = this.synchronizer.sync(offline.state(), NOW);
		assertThat(back.outcome()).isEqualTo(SyncResult.Outcome.DONE);
		assertThat(back.state().queue().isEmpty()).isTrue();
		assertThat(back.state().agenda().appointments()).extracting(Appointment::id).containsExactly(166L, 500L);
		assertThat(back.plan().schedule()).extracting(Reminder::appointmentId).containsExactly(500L);
		assertThat(back.plan().cancel()).containsExactly(-1L);
	}

	@Test
	void aChangeTheServerRefusesIsShownNotLost() {
		LocalState synced = this.synchronizer.sync(LocalState.empty(), NOW).state();
		Appointment other = appointment(200, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z");
		// booked meanwhile from the extranet
		this.server.appointments.put(200L, other);
		LocalState changed = synced.create(draft("2026-04-01T08:30:00Z", "2026-04-01T09:30:00Z"), NOW)
			.create(draft("2026-04-02T08:00:00Z", "2026-04-02T09:00:00Z"), NOW);
		SyncResult result = this.synchronizer.sync(changed, NOW);
		assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.DONE);
		assertThat(result.refused()).singleElement().satisfies((rejection) -> {
			assertThat(rejection.problem().code()).isEqualTo("appointment-overlap");
			assertThat(rejection.problem().conflictingAppointmentId()).isEqualTo(200L);
			assertThat(rejection.appointment().startAt()).hasToString("2026-04-01T08:30:00Z");
			assertThat(rejection.kind()).isEqualTo(PendingChange.Kind.CREATE);
		});
		assertThat(result.state().rejections()).hasSize(1);
		assertThat(result.state().queue().isEmpty()).isTrue();
		assertThat(result.state().agenda().appointments()).extracting(Appointment::id)
			.containsExactly(166L, 200L, 500L);
	}

	@Test
	void aStaleChangeIsRefusedAndADeletionOfSomethingGoneIsDone() {
		LocalState synced = this.synchronizer.sync(LocalState.empty(), NOW).state();
		Appointment mine = synced.agenda().find(166).get();
		// changed meanwhile on the server: version 4
		this.server.appointments.put(166L, new Appointment(166, 9, "Transports Mercier", null, null, mine.startAt(),
				mine.endAt(), null, "Changé ailleurs", null, mine.status(), 4));
		LocalState changed = synced.update(mine,
				new AppointmentDraft(9L, null, mine.startAt(), mine.endAt(), null, "Mon sujet", null, null), NOW);
		SyncResult result = this.synchronizer.sync(changed, NOW);
		assertThat(result.refused()).extracting((rejection) -> rejection.problem().code())
			.containsExactly("stale-version");
		assertThat(result.state().agenda().find(166).get().subject()).isEqualTo("Changé ailleurs");

		LocalState deleted = result.state().delete(result.state().agenda().find(166).get(), NOW);
		this.server.appointments.clear();
		SyncResult gone = this.synchronizer.sync(deleted, NOW);
		assertThat(gone.refused()).isEmpty();
		assertThat(gone.state().queue().isEmpty()).isTrue();
		assertThat(gone.plan().cancel()).containsExactly(166L);
	}

	@Test
	void aDelayChosenOfflineIsSentAndMovesTheReminders() {
		LocalState synced = this.synchronizer.sync(LocalState.empty(), NOW).state();
		LocalState chosen = synced.withChosenDelay(ReminderDelay.MINUTES_60);
		assertThat(chosen.pendingReminderMinutes()).isEqualTo(60);
		SyncResult local = Synchronizer.replan(chosen, NOW);
		assertThat(local.plan().move()).extracting(Reminder::triggerAt)
			.containsExactly(Instant.parse("2026-03-31T07:00:00Z"));
		SyncResult result = this.synchronizer.sync(local.state(), NOW);
		assertThat(this.server.reminderMinutes).isEqualTo(60);
		assertThat(result.state().pendingReminderMinutes()).isNull();
		assertThat(result.state().delay()).isEqualTo(ReminderDelay.MINUTES_60);
		assertThat(result.plan().isEmpty()).isTrue();
	}

	@Test
	void anEndedSessionKeepsTheChangesForTheNextLogin() {
		LocalState synced = this.synchronizer.sync(LocalState.empty(), NOW).state();
		this.tokens.clear();
		LocalState changed = synced.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW);
		SyncResult result = this.synchronizer.sync(changed, NOW);
		assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.SESSION_ENDED);
		assertThat(result.state().queue().size()).isEqualTo(1);
	}

	@Test
	void aServerErrorWhileReadingKeepsTheLastAgenda() {
		LocalState synced = this.synchronizer.sync(LocalState.empty(), NOW).state();
		this.server.scripted.put("GET /api/v1/me", FakeServer.problem(503, "unavailable", "Redémarrage"));
		SyncResult result = this.synchronizer.sync(synced, NOW);
		assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.OFFLINE);
		assertThat(result.state().agenda()).isEqualTo(synced.agenda());
	}

	@Test
	void whatTheRepDidDuringASynchronisationIsKept() {
		LocalState start = this.synchronizer.sync(LocalState.empty(), NOW)
			.state()
			.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW)
			.withRejection(new Rejection(99, PendingChange.Kind.DELETE, null,
					fr.infotools.mobile.api.Problem.unexplained(409), NOW));
		LocalState synced = this.synchronizer.sync(start, NOW).state();
		// meanwhile: a new appointment, the refusal read, another delay
		LocalState current = start.create(draft("2026-04-02T08:00:00Z", "2026-04-02T09:00:00Z"), NOW)
			.withoutRejections()
			.withChosenDelay(ReminderDelay.MINUTES_60);
		LocalState merged = current.rebase(start, synced);
		assertThat(merged.queue().changes()).extracting(PendingChange::appointmentId).containsExactly(-2L);
		assertThat(merged.queue().nextLocalId()).isEqualTo(-3);
		assertThat(merged.rejections()).isEmpty();
		assertThat(merged.delay()).isEqualTo(ReminderDelay.MINUTES_60);
		assertThat(merged.pendingReminderMinutes()).isEqualTo(60);
		assertThat(merged.server()).isEqualTo(synced.server());
		assertThat(merged.reminders()).isEqualTo(current.reminders());
		LocalState untouched = start.rebase(start, synced);
		assertThat(untouched).isEqualTo(synced.withReminders(start.reminders()));
	}

}
