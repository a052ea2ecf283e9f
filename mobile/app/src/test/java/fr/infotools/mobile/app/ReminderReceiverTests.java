package fr.infotools.mobile.app;

import android.app.Notification;
import android.app.NotificationManager;
import android.content.Intent;
import android.widget.TextView;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAlarmManager;
import org.robolectric.shadows.ShadowNotificationManager;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.api.FakeServer;

import static fr.infotools.mobile.app.AppTests.alarms;
import static fr.infotools.mobile.app.AppTests.app;
import static fr.infotools.mobile.app.AppTests.appointment;
import static fr.infotools.mobile.app.AppTests.idle;
import static fr.infotools.mobile.app.AppTests.stateWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class ReminderReceiverTests {

	private final Appointment tomorrow = appointment(175, "2026-03-31T07:00:00Z", "2026-03-31T08:00:00Z",
			"Formation des utilisateurs", "31 quai des Chartrons, 69003 Lyon");

	@Before
	public void setUp() {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		AppTests.services(new FakeServer()).update((state) -> stateWith(this.tomorrow));
	}

	@Test
	public void theAlarmPostsTheReminderWithItsText() {
		alarms().fireAlarm(alarms().peekNextScheduledAlarm());
		idle();

		ShadowNotificationManager notifications = shadowOf(app().getSystemService(NotificationManager.class));
		assertThat(notifications.size()).isEqualTo(1);
		Notification notification = notifications.getAllNotifications().get(0);
		assertThat(notification.getChannelId()).isEqualTo(Notifications.CHANNEL_ID);
		assertThat(notification.extras.getString(Notification.EXTRA_TITLE)).isEqualTo("Rendez-vous à 09:00");
		assertThat(notification.extras.getCharSequence(Notification.EXTRA_TEXT).toString())
			.isEqualTo("Transports Mercier — Formation des utilisateurs");
		assertThat(notification.extras.getCharSequence(Notification.EXTRA_SUB_TEXT).toString())
			.isEqualTo("31 quai des Chartrons, 69003 Lyon");
		assertThat(notification.category).isEqualTo(Notification.CATEGORY_REMINDER);
		assertThat(app().getSystemService(NotificationManager.class)
			.getNotificationChannel(Notifications.CHANNEL_ID)
			.getImportance()).isEqualTo(NotificationManager.IMPORTANCE_HIGH);
	}

	@Test
	@Config(qualifiers = "en")
	public void inEnglishOnAnEnglishPhone() {
		alarms().fireAlarm(alarms().peekNextScheduledAlarm());
		idle();
		Notification notification = shadowOf(app().getSystemService(NotificationManager.class)).getAllNotifications()
			.get(0);
		assertThat(notification.extras.getString(Notification.EXTRA_TITLE)).isEqualTo("Appointment at 09:00");
	}

	@Test
	public void tappingTheReminderOpensTheAppointment() {
		alarms().fireAlarm(alarms().peekNextScheduledAlarm());
		idle();
		Notification notification = shadowOf(app().getSystemService(NotificationManager.class)).getAllNotifications()
			.get(0);
		Intent tap = shadowOf(notification.contentIntent).getSavedIntent();
		assertThat(tap.getComponent().getClassName()).isEqualTo(AppointmentActivity.class.getName());
		try (ActivityController<AppointmentActivity> screen = Robolectric.buildActivity(AppointmentActivity.class, tap)
			.setup()) {
			assertThat(((TextView) screen.get().findViewById(R.id.subject)).getText().toString())
				.isEqualTo("Formation des utilisateurs");
		}
	}

	@Test
	public void aStrayBroadcastIsIgnored() {
		new ReminderReceiver().onReceive(app(), new Intent("something.else"));
		assertThat(shadowOf(app().getSystemService(NotificationManager.class)).size()).isZero();
	}

}
