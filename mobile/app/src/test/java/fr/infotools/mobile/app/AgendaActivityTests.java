package fr.infotools.mobile.app;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.view.View;
import android.widget.ListView;
import android.widget.TextView;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowActivity;
import org.robolectric.shadows.ShadowAlarmManager;
import org.robolectric.shadows.ShadowAlertDialog;

import fr.infotools.mobile.api.FakeServer;

import static fr.infotools.mobile.app.AppTests.NOW;
import static fr.infotools.mobile.app.AppTests.app;
import static fr.infotools.mobile.app.AppTests.draftAt;
import static fr.infotools.mobile.app.AppTests.idle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class AgendaActivityTests {

	private FakeServer server;

	@Before
	public void setUp() {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		shadowOf(app()).grantPermissions(Permissions.POST_NOTIFICATIONS);
		this.server = AppTests.server();
	}

	@Test
	public void todayShowsTheSynchronisedAppointments() throws Exception {
		AppTests.loggedIn(this.server);
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			idle();
			ListView list = screen.get().findViewById(R.id.appointments);
			assertThat(list.getAdapter().getCount()).isEqualTo(2);
			assertThat(lines(list, 0))
				.isEqualTo("10:00 – 11:00  Transports Mercier\nÉtude du besoin · 12 rue de la Paix, 75002 Paris");
			assertThat(lines(list, 1)).startsWith("15:00 – 16:30  Transports Mercier");
			assertThat(text(screen, R.id.heading)).isEqualTo("Lundi 30 mars 2026");
			assertThat(text(screen, R.id.status)).isEqualTo("Synchronisé le 30/03 à 08:00");
			assertThat(screen.get().findViewById(R.id.rejections).getVisibility()).isEqualTo(View.GONE);
		}
	}

	@Test
	public void upcomingAndByDayViews() throws Exception {
		AppTests.loggedIn(this.server);
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			ListView list = screen.get().findViewById(R.id.appointments);
			screen.get().findViewById(R.id.show_upcoming).performClick();
			assertThat(list.getAdapter().getCount()).isEqualTo(3);
			assertThat(lines(list, 2)).startsWith("mar. 31 mars  09:00 – 10:00");
			screen.get().findViewById(R.id.show_day).performClick();
			screen.get().findViewById(R.id.next_day).performClick();
			assertThat(text(screen, R.id.day)).isEqualTo("Mardi 31 mars 2026");
			assertThat(list.getAdapter().getCount()).isEqualTo(1);
			screen.get().findViewById(R.id.next_day).performClick();
			assertThat(screen.get().findViewById(R.id.empty).getVisibility()).isEqualTo(View.VISIBLE);
			screen.get().findViewById(R.id.previous_day).performClick();
			screen.get().findViewById(R.id.show_today).performClick();
			assertThat(screen.get().mode()).isEqualTo(AgendaActivity.Mode.TODAY);

			list.performItemClick(list.getChildAt(0), 0, list.getAdapter().getItemId(0));
			Intent opened = shadowOf(screen.get()).getNextStartedActivity();
			assertThat(opened.getComponent().getClassName()).isEqualTo(AppointmentActivity.class.getName());
			assertThat(opened.getLongExtra(AppointmentActivity.EXTRA_ID, 0)).isEqualTo(166);
		}
	}

	@Test
	public void offlineTheLastAgendaIsShownWithTheChangesWaiting() throws Exception {
		AppServices services = AppTests.loggedIn(this.server);
		this.server.offline = true;
		services.update((state) -> state.create(draftAt("2026-03-30T15:00:00Z", "2026-03-30T16:00:00Z"), NOW));
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			idle();
			ListView list = screen.get().findViewById(R.id.appointments);
			assertThat(list.getAdapter().getCount()).isEqualTo(3);
			assertThat(lines(list, 2)).endsWith("en attente d'envoi");
			assertThat(app().getSystemService(android.app.job.JobScheduler.class).getPendingJob(SyncJobService.JOB_ID))
				.as("sent when the network returns")
				.isNotNull();
			assertThat(text(screen, R.id.status))
				.isEqualTo("Hors connexion : agenda du 30/03 à 08:00.\n1 modification(s) en attente d'envoi");

			this.server.offline = false;
			services.syncNow();
			idle();
			assertThat(text(screen, R.id.status)).isEqualTo("Synchronisé le 30/03 à 08:00");
			assertThat(this.server.appointments).hasSize(4);
		}
	}

	@Test
	public void aChangeTheServerRefusedIsShownToTheRep() throws Exception {
		AppServices services = AppTests.loggedIn(this.server);
		// booked from the extranet meanwhile, unknown to the phone
		AppTests.put(this.server,
				AppTests.appointment(300, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z", "Autre", null));
		services.update((state) -> state.create(draftAt("2026-04-01T08:30:00Z", "2026-04-01T09:30:00Z"), NOW));
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			idle();
			TextView banner = screen.get().findViewById(R.id.rejections);
			assertThat(banner.getVisibility()).isEqualTo(View.VISIBLE);
			assertThat(banner.getText().toString())
				.isEqualTo("1 modification(s) refusée(s) par le serveur : touchez pour les voir.");
			banner.performClick();
			AlertDialog dialog = (AlertDialog) ShadowAlertDialog.getLatestDialog();
			assertThat(shadowOf(dialog).getMessage().toString()).contains("Création")
				.contains("Ce créneau chevauche le rendez-vous n°300 du même commercial.");
			dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
			idle();
			assertThat(banner.getVisibility()).isEqualTo(View.GONE);
			assertThat(services.state().rejections()).isEmpty();
		}
	}

	@Test
	public void withoutLoginNorAgendaTheLoginScreenOpens() {
		AppTests.services(this.server);
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			Intent next = shadowOf(screen.get()).getNextStartedActivity();
			assertThat(next.getComponent().getClassName()).isEqualTo(LoginActivity.class.getName());
			assertThat(screen.get().isFinishing()).isTrue();
		}
	}

	@Test
	public void theNotificationPermissionIsAskedThenExactAlarmsExplained() throws Exception {
		shadowOf(app()).denyPermissions(Permissions.POST_NOTIFICATIONS);
		ShadowAlarmManager.setCanScheduleExactAlarms(false);
		AppTests.loggedIn(this.server);
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			ShadowActivity.PermissionsRequest request = shadowOf(screen.get()).getLastRequestedPermission();
			assertThat(request.requestedPermissions).containsExactly("android.permission.POST_NOTIFICATIONS");
			assertThat(request.requestCode).isEqualTo(Permissions.REQUEST_NOTIFICATIONS);

			shadowOf(app()).grantPermissions(Permissions.POST_NOTIFICATIONS);
			screen.get()
				.onRequestPermissionsResult(request.requestCode, request.requestedPermissions,
						new int[] { PackageManager.PERMISSION_GRANTED });
			AlertDialog explanation = (AlertDialog) ShadowAlertDialog.getLatestDialog();
			assertThat(shadowOf(explanation).getTitle().toString()).isEqualTo("Rappels à l'heure");
			explanation.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
			idle();
			Intent settings = shadowOf(screen.get()).getNextStartedActivity();
			while ("android.content.pm.action.REQUEST_PERMISSIONS".equals(settings.getAction())) {
				settings = shadowOf(screen.get()).getNextStartedActivity();
			}
			assertThat(settings.getAction()).isEqualTo("android.settings.REQUEST_SCHEDULE_EXACT_ALARM");
			assertThat(settings.getData().toString()).isEqualTo("package:fr.infotools.mobile.app");
		}
		// asked once: not again at the next launch
		while (shadowOf(app()).getNextStartedActivity() != null) {
			// what the first screen started
		}
		try (ActivityController<AgendaActivity> again = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			assertThat(shadowOf(again.get()).getNextStartedActivity()).isNull();
		}
	}

	@Test
	public void theReminderDelayIsChosenInTheApp() throws Exception {
		AppServices services = AppTests.loggedIn(this.server);
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			screen.get().chooseReminderDelay();
			AlertDialog dialog = (AlertDialog) ShadowAlertDialog.getLatestDialog();
			assertThat(dialog.getListView().getAdapter().getItem(1).toString()).isEqualTo("30 minutes avant");
			shadowOf(dialog).clickOnItem(2);
			idle();
			assertThat(this.server.reminderMinutes).isEqualTo(60);
			assertThat(services.state().delay().minutes()).isEqualTo(60);
		}
	}

	@Test
	public void logoutForgetsTheAgendaAndTheAlarms() throws Exception {
		AppServices services = AppTests.loggedIn(this.server);
		assertThat(AppTests.alarms().getScheduledAlarms()).isNotEmpty();
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			shadowOf(screen.get()).clickMenuItem(4);
			assertThat(services.isLoggedIn()).isFalse();
			assertThat(services.state().agenda().appointments()).isEmpty();
			assertThat(AppTests.alarms().getScheduledAlarms()).isEmpty();
			assertThat(this.server.currentRefreshToken()).isEqualTo("logged-out");
		}
	}

	private static String lines(ListView list, int position) {
		View row = list.getAdapter().getView(position, null, list);
		StringBuilder text = new StringBuilder(((TextView) row.findViewById(R.id.when)).getText()).append('\n')
			.append(((TextView) row.findViewById(R.id.what)).getText());
		TextView flag = row.findViewById(R.id.flag);
		if (flag.getVisibility() == View.VISIBLE) {
			text.append('\n').append(flag.getText());
		}
		return text.toString();
	}

	private static String text(ActivityController<?> screen, int id) {
		return ((TextView) ((android.app.Activity) screen.get()).findViewById(id)).getText().toString();
	}

}
