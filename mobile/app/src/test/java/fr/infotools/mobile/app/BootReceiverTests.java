package fr.infotools.mobile.app;

import java.time.Instant;

import android.app.job.JobScheduler;
import android.content.Intent;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAlarmManager;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.api.FakeServer;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.sync.Synchronizer;

import static fr.infotools.mobile.app.AppTests.NOW;
import static fr.infotools.mobile.app.AppTests.alarms;
import static fr.infotools.mobile.app.AppTests.app;
import static fr.infotools.mobile.app.AppTests.appointment;
import static fr.infotools.mobile.app.AppTests.idle;
import static fr.infotools.mobile.app.AppTests.stateWith;
import static org.assertj.core.api.Assertions.assertThat;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class BootReceiverTests {

	private final Appointment today = appointment(167, "2026-03-30T13:00:00Z", "2026-03-30T14:30:00Z", "Démonstration",
			"Visioconférence");

	private final Appointment tomorrow = appointment(175, "2026-03-31T07:00:00Z", "2026-03-31T08:00:00Z", "Formation",
			"Lyon");

	@Before
	public void setUp() throws Exception {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		// what the app knew before the phone was turned off: two reminders scheduled
		LocalState before = Synchronizer.replan(stateWith(this.today, this.tomorrow), NOW.minusSeconds(3600)).state();
		assertThat(before.reminders()).hasSize(2);
		AppTests.savedState(before);
	}

	@Test
	public void afterARebootTheRemindersStillAheadAreScheduledAgain() {
		AppTests.services(new FakeServer());
		assertThat(alarms().getScheduledAlarms()).isEmpty();

		app().sendBroadcast(new Intent(Intent.ACTION_BOOT_COMPLETED));
		idle();

		assertThat(alarms().getScheduledAlarms()).extracting((alarm) -> Instant.ofEpochMilli(alarm.getTriggerAtMs()))
			.containsExactlyInAnyOrder(Instant.parse("2026-03-30T12:30:00Z"), Instant.parse("2026-03-31T06:30:00Z"));
	}

	@Test
	public void aReminderWhoseTimePassedWhileThePhoneWasOffIsDropped() {
		AppServices services = AppTests.services(new FakeServer());
		services.useClock(java.time.Clock.fixed(Instant.parse("2026-03-30T12:45:00Z"),
				NOW.atZone(fr.infotools.mobile.time.AgendaTime.PARIS).getZone()));
		new BootReceiver().onReceive(app(), new Intent(Intent.ACTION_BOOT_COMPLETED));
		assertThat(alarms().getScheduledAlarms()).extracting((alarm) -> Instant.ofEpochMilli(alarm.getTriggerAtMs()))
			.containsExactly(Instant.parse("2026-03-31T06:30:00Z"));
		assertThat(services.state().reminders()).containsOnlyKeys(175L);
	}

	@Test
	public void aLoggedInRepGetsASynchronisationWhenTheNetworkIsUp() throws Exception {
		AppServices services = AppTests.services(new FakeServer());
		services.login(AppTests.SERVER, "jdupont", "InfoTools2026!");
		new BootReceiver().onReceive(app(),
				new Intent("android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED"));
		assertThat(app().getSystemService(JobScheduler.class).getPendingJob(SyncJobService.JOB_ID)).isNotNull();
		assertThat(alarms().getScheduledAlarms()).hasSize(2);
	}

	@Test
	public void otherBroadcastsAreIgnored() {
		AppTests.services(new FakeServer());
		new BootReceiver().onReceive(app(), new Intent("something.else"));
		assertThat(alarms().getScheduledAlarms()).isEmpty();
	}

}
