package fr.infotools.mobile.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import android.content.Intent;
import android.view.View;
import android.widget.EditText;
import android.widget.Spinner;
import android.widget.TextView;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAlarmManager;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.api.FakeServer;

import static fr.infotools.mobile.app.AppTests.alarms;
import static fr.infotools.mobile.app.AppTests.idle;
import static org.assertj.core.api.Assertions.assertThat;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class EditAppointmentActivityTests {

	private final FakeServer server = AppTests.server();

	private AppServices services;

	@Before
	public void setUp() throws Exception {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		this.services = AppTests.loggedIn(this.server);
	}

	@Test
	public void mistakesAreShownWithTheServersWordsBeforeAnythingIsSent() {
		try (ActivityController<EditAppointmentActivity> screen = Robolectric
			.buildActivity(EditAppointmentActivity.class)
			.setup()) {
			EditAppointmentActivity form = screen.get();
			form.setDate(LocalDate.of(2026, 4, 1));
			form.setStart(LocalTime.of(14, 0));
			form.setEnd(LocalTime.of(13, 0));
			form.findViewById(R.id.save).performClick();
			assertThat(error(form, R.id.subject_error)).isEqualTo("ne doit pas être vide");
			set(form, R.id.subject, "Présentation");
			form.findViewById(R.id.save).performClick();
			assertThat(error(form, R.id.end_error)).isEqualTo("La fin doit être postérieure au début.");
			assertThat(form.findViewById(R.id.subject_error).getVisibility()).isEqualTo(View.GONE);

			form.setDate(LocalDate.of(2026, 3, 29));
			form.setEnd(LocalTime.of(15, 0));
			form.findViewById(R.id.save).performClick();
			assertThat(error(form, R.id.start_error)).isEqualTo("Un rendez-vous ne peut pas commencer dans le passé.");

			form.setDate(LocalDate.of(2026, 3, 30));
			form.setStart(LocalTime.of(10, 30));
			form.findViewById(R.id.save).performClick();
			assertThat(error(form, R.id.start_error))
				.isEqualTo("Ce créneau chevauche le rendez-vous n°166 du même commercial.");
			assertThat(form.isFinishing()).isFalse();
		}
		assertThat(this.server.appointments).hasSize(3);
	}

	@Test
	public void aNewAppointmentIsSentAndGetsItsReminder() {
		try (ActivityController<EditAppointmentActivity> screen = Robolectric
			.buildActivity(EditAppointmentActivity.class)
			.setup()) {
			EditAppointmentActivity form = screen.get();
			assertThat(((Spinner) form.findViewById(R.id.customer)).getSelectedItem().toString())
				.isEqualTo("Transports Mercier (Paris)");
			((Spinner) form.findViewById(R.id.contact)).setSelection(1);
			form.setDate(LocalDate.of(2026, 4, 2));
			form.setStart(LocalTime.of(14, 0));
			assertThat(((TextView) form.findViewById(R.id.end)).getText().toString()).isEqualTo("15:00");
			set(form, R.id.subject, "  Présentation de l'offre ");
			set(form, R.id.place, "Siège, Paris");
			form.findViewById(R.id.save).performClick();
			idle();
			assertThat(form.isFinishing()).isTrue();
		}
		Appointment created = this.server.appointments.get(500L);
		assertThat(created.subject()).isEqualTo("Présentation de l'offre");
		assertThat(created.contactId()).isEqualTo(15L);
		assertThat(created.startAt()).isEqualTo(Instant.parse("2026-04-02T12:00:00Z"));
		assertThat(this.services.state().queue().isEmpty()).isTrue();
		assertThat(alarms().getScheduledAlarms()).extracting((alarm) -> Instant.ofEpochMilli(alarm.getTriggerAtMs()))
			.contains(Instant.parse("2026-04-02T11:30:00Z"));
	}

	@Test
	public void offlineTheChangeWaitsInTheQueue() {
		this.server.offline = true;
		Intent edit = new Intent(AppTests.app(), EditAppointmentActivity.class)
			.putExtra(EditAppointmentActivity.EXTRA_ID, 175L);
		try (ActivityController<EditAppointmentActivity> screen = Robolectric
			.buildActivity(EditAppointmentActivity.class, edit)
			.setup()) {
			EditAppointmentActivity form = screen.get();
			assertThat(((EditText) form.findViewById(R.id.subject)).getText().toString())
				.isEqualTo("Formation des utilisateurs");
			assertThat(((TextView) form.findViewById(R.id.start)).getText().toString()).isEqualTo("09:00");
			form.setStart(LocalTime.of(11, 0));
			((Spinner) form.findViewById(R.id.status)).setSelection(0);
			form.findViewById(R.id.save).performClick();
			idle();
		}
		assertThat(this.services.state().queue().size()).isEqualTo(1);
		assertThat(this.services.state().agenda().find(175).get().startAt())
			.isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
		assertThat(this.server.appointments.get(175L).startAt()).isEqualTo(Instant.parse("2026-03-31T07:00:00Z"));
		assertThat(alarms().getScheduledAlarms()).extracting((alarm) -> Instant.ofEpochMilli(alarm.getTriggerAtMs()))
			.contains(Instant.parse("2026-03-31T08:30:00Z"))
			.doesNotContain(Instant.parse("2026-03-31T06:30:00Z"));

		this.server.offline = false;
		this.services.syncNow();
		assertThat(this.server.appointments.get(175L).startAt()).isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
		assertThat(this.services.state().queue().isEmpty()).isTrue();
	}

	@Test
	public void cancellingRemovesTheReminder() {
		Intent edit = new Intent(AppTests.app(), EditAppointmentActivity.class)
			.putExtra(EditAppointmentActivity.EXTRA_ID, 175L);
		int before = alarms().getScheduledAlarms().size();
		try (ActivityController<EditAppointmentActivity> screen = Robolectric
			.buildActivity(EditAppointmentActivity.class, edit)
			.setup()) {
			((Spinner) screen.get().findViewById(R.id.status)).setSelection(AppointmentStatus.CANCELLED.ordinal());
			screen.get().findViewById(R.id.save).performClick();
			idle();
		}
		assertThat(this.server.appointments.get(175L).status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(alarms().getScheduledAlarms()).hasSize(before - 1);
	}

	private static void set(EditAppointmentActivity form, int id, String text) {
		((EditText) form.findViewById(id)).setText(text);
	}

	private static String error(EditAppointmentActivity form, int id) {
		TextView error = form.findViewById(id);
		assertThat(error.getVisibility()).isEqualTo(View.VISIBLE);
		return error.getText().toString();
	}

}
