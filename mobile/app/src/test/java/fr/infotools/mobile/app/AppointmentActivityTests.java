package fr.infotools.mobile.app;

import android.app.AlertDialog;
import android.content.DialogInterface;
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
import org.robolectric.shadows.ShadowAlertDialog;

import fr.infotools.mobile.api.FakeServer;

import static fr.infotools.mobile.app.AppTests.alarms;
import static fr.infotools.mobile.app.AppTests.app;
import static fr.infotools.mobile.app.AppTests.idle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class AppointmentActivityTests {

	private final FakeServer server = AppTests.server();

	@Before
	public void setUp() throws Exception {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		AppTests.loggedIn(this.server);
	}

	@Test
	public void showsTheAppointmentAndDialsOrMapsIt() {
		try (ActivityController<AppointmentActivity> screen = open(166)) {
			AppointmentActivity details = screen.get();
			assertThat(text(details, R.id.subject)).isEqualTo("Étude du besoin");
			assertThat(text(details, R.id.when)).isEqualTo("Lundi 30 mars 2026\n10:00 – 11:00");
			assertThat(text(details, R.id.customer)).isEqualTo("Transports Mercier");
			assertThat(text(details, R.id.contact)).isEqualTo("Claire Bernard");
			assertThat(text(details, R.id.status)).isEqualTo("Planifié");
			assertThat(text(details, R.id.notes)).isEqualTo("—");
			assertThat(text(details, R.id.call)).isEqualTo("Appeler 07 78 82 39 81");

			details.findViewById(R.id.call).performClick();
			Intent dial = shadowOf(details).getNextStartedActivity();
			assertThat(dial.getAction()).isEqualTo(Intent.ACTION_DIAL);
			assertThat(dial.getData().getSchemeSpecificPart()).isEqualTo("07 78 82 39 81");

			details.findViewById(R.id.map).performClick();
			Intent map = shadowOf(details).getNextStartedActivity();
			assertThat(map.getAction()).isEqualTo(Intent.ACTION_VIEW);
			assertThat(map.getData().toString()).isEqualTo("geo:0,0?q=12%20rue%20de%20la%20Paix%2C%2075002%20Paris");

			details.findViewById(R.id.edit).performClick();
			Intent edit = shadowOf(details).getNextStartedActivity();
			assertThat(edit.getLongExtra(EditAppointmentActivity.EXTRA_ID, 0)).isEqualTo(166);
		}
	}

	@Test
	public void deletingAsksThenRemovesTheAppointmentAndItsReminder() {
		int before = alarms().getScheduledAlarms().size();
		try (ActivityController<AppointmentActivity> screen = open(175)) {
			screen.get().findViewById(R.id.delete).performClick();
			AlertDialog confirm = (AlertDialog) ShadowAlertDialog.getLatestDialog();
			confirm.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
			idle();
			assertThat(screen.get().isFinishing()).isTrue();
		}
		assertThat(this.server.appointments).doesNotContainKey(175L);
		assertThat(alarms().getScheduledAlarms()).hasSize(before - 1);
	}

	@Test
	public void anAppointmentNoLongerThereClosesTheScreen() {
		try (ActivityController<AppointmentActivity> screen = open(999)) {
			assertThat(screen.get().isFinishing()).isTrue();
		}
	}

	private static ActivityController<AppointmentActivity> open(long id) {
		return Robolectric
			.buildActivity(AppointmentActivity.class,
					new Intent(app(), AppointmentActivity.class).putExtra(AppointmentActivity.EXTRA_ID, id))
			.setup();
	}

	private static String text(AppointmentActivity screen, int id) {
		return ((TextView) screen.findViewById(id)).getText().toString();
	}

}
