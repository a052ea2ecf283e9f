package fr.infotools.mobile.app;

import java.time.Instant;

import android.app.AlarmManager;
import android.content.Intent;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAlarmManager;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.api.FakeServer;
import fr.infotools.mobile.reminder.ReminderDelay;

import static fr.infotools.mobile.app.AppTests.NOW;
import static fr.infotools.mobile.app.AppTests.alarms;
import static fr.infotools.mobile.app.AppTests.appointment;
import static fr.infotools.mobile.app.AppTests.stateWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class ReminderSchedulerTests {

	private final Appointment tomorrow = appointment(175, "2026-03-31T07:00:00Z", "2026-03-31T08:00:00Z",
			"Formation des utilisateurs", "Lyon");

	private AppServices services;

	@Before
	public void setUp() {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		this.services = AppTests.services(new FakeServer());
	}

	@Test
	public void anAlarmIsScheduledAtStartMinusTheDelay() {
		this.services.update((state) -> state.withServer(stateWith(this.tomorrow).server()));

		assertThat(alarms().getScheduledAlarms()).hasSize(1);
		ShadowAlarmManager.ScheduledAlarm alarm = alarms().peekNextScheduledAlarm();
		assertThat(Instant.ofEpochMilli(alarm.getTriggerAtMs())).isEqualTo(Instant.parse("2026-03-31T06:30:00Z"));
		assertThat(alarm.getType()).isEqualTo(AlarmManager.RTC_WAKEUP);
		assertThat(alarm.isAllowWhileIdle()).isTrue();
		assertThat(alarm.getWindowLengthMs()).as("exact").isEqualTo(ShadowAlarmManager.WINDOW_EXACT);
		Intent fired = shadowOf(alarm.operation).getSavedIntent();
		assertThat(fired.getComponent().getClassName()).isEqualTo(ReminderReceiver.class.getName());
		assertThat(fired.getLongExtra(ReminderScheduler.EXTRA_ID, 0)).isEqualTo(175);
		assertThat(fired.getStringExtra(ReminderScheduler.EXTRA_SUBJECT)).isEqualTo("Formation des utilisateurs");
		assertThat(this.services.state().reminders()).containsOnlyKeys(175L);
	}

	@Test
	public void theAlarmMovesWithTheAppointmentAndTheDelay() {
		this.services.update((state) -> state.withServer(stateWith(this.tomorrow).server()));
		Appointment later = this.tomorrow.with(
				new AppointmentDraft(9L, 15L, Instant.parse("2026-03-31T12:00:00Z"),
						Instant.parse("2026-03-31T13:00:00Z"), "Lyon", "Formation des utilisateurs", null, null),
				"Transports Mercier", "Claire Bernard");
		this.services.update((state) -> state.withServer(stateWith(later).server()));
		assertThat(alarms().getScheduledAlarms()).singleElement()
			.satisfies((alarm) -> assertThat(Instant.ofEpochMilli(alarm.getTriggerAtMs()))
				.isEqualTo(Instant.parse("2026-03-31T11:30:00Z")));

		this.services.update((state) -> state.withChosenDelay(ReminderDelay.MINUTES_60));
		assertThat(alarms().getScheduledAlarms()).singleElement()
			.satisfies((alarm) -> assertThat(Instant.ofEpochMilli(alarm.getTriggerAtMs()))
				.isEqualTo(Instant.parse("2026-03-31T11:00:00Z")));
	}

	@Test
	public void theAlarmIsCancelledWithTheAppointment() {
		this.services.update((state) -> state.withServer(stateWith(this.tomorrow).server()));
		Appointment cancelled = this.tomorrow.with(this.tomorrow.toDraft().withStatus(AppointmentStatus.CANCELLED),
				"Transports Mercier", "Claire Bernard");
		this.services.update((state) -> state.withServer(stateWith(cancelled).server()));
		assertThat(alarms().getScheduledAlarms()).isEmpty();

		this.services.update((state) -> state.withServer(stateWith(this.tomorrow).server()));
		assertThat(alarms().getScheduledAlarms()).hasSize(1);
		this.services.update((state) -> state.delete(this.tomorrow, NOW));
		assertThat(alarms().getScheduledAlarms()).isEmpty();
		assertThat(this.services.state().reminders()).isEmpty();
	}

	@Test
	public void noAlarmWhenTheReminderTimeHasPassed() {
		Appointment soon = appointment(180, "2026-03-30T06:20:00Z", "2026-03-30T07:00:00Z", "Appel", null);
		this.services.update((state) -> state.withServer(stateWith(soon).server()));
		assertThat(alarms().getScheduledAlarms()).isEmpty();
		this.services.update((state) -> state.withChosenDelay(ReminderDelay.MINUTES_15));
		assertThat(alarms().getScheduledAlarms()).hasSize(1);
	}

	@Test
	public void withoutTheExactAlarmPermissionTheAlarmIsInexact() {
		ShadowAlarmManager.setCanScheduleExactAlarms(false);
		this.services.update((state) -> state.withServer(stateWith(this.tomorrow).server()));
		ShadowAlarmManager.ScheduledAlarm alarm = alarms().peekNextScheduledAlarm();
		assertThat(alarm.getWindowLengthMs()).isEqualTo(ShadowAlarmManager.WINDOW_HEURISTIC);
		assertThat(alarm.isAllowWhileIdle()).isTrue();
		assertThat(Instant.ofEpochMilli(alarm.getTriggerAtMs())).isEqualTo(Instant.parse("2026-03-31T06:30:00Z"));
	}

}
