package fr.infotools.mobile.app;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;

import android.app.AlarmManager;
import android.app.Application;
import android.os.Looper;

import org.robolectric.RuntimeEnvironment;
import org.robolectric.shadows.ShadowAlarmManager;

import fr.infotools.mobile.agenda.Agenda;
import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;
import fr.infotools.mobile.api.FakeServer;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.sync.StateFile;
import fr.infotools.mobile.time.AgendaTime;

import static org.robolectric.Shadows.shadowOf;

/**
 * What the Android tests share: the app on a fixed clock (Monday 30 March 2026, 08:00 in
 * Paris), its network thread run inline, and a fake server in memory.
 */
final class AppTests {

	static final Instant NOW = Instant.parse("2026-03-30T06:00:00Z");

	static final String SERVER = "http://localhost:8080";

	private AppTests() {
	}

	static Application app() {
		return RuntimeEnvironment.getApplication();
	}

	static AppServices services(FakeServer server) {
		AppServices services = InfoToolsApp.services(app());
		services.useClock(Clock.fixed(NOW, AgendaTime.PARIS));
		services.useBackground(Runnable::run);
		services.useTransport((address) -> server);
		return services;
	}

	/**
	 * A server with three appointments of Jean Dupont: today 10:00, today 15:00, tomorrow
	 * 9:00.
	 */
	static FakeServer server() {
		FakeServer server = new FakeServer();
		put(server, appointment(166, "2026-03-30T08:00:00Z", "2026-03-30T09:00:00Z", "Étude du besoin",
				"12 rue de la Paix, 75002 Paris"));
		put(server, appointment(167, "2026-03-30T13:00:00Z", "2026-03-30T14:30:00Z", "Démonstration ERP",
				"Visioconférence"));
		put(server, appointment(175, "2026-03-31T07:00:00Z", "2026-03-31T08:00:00Z", "Formation des utilisateurs",
				"31 quai des Chartrons, 69003 Lyon"));
		return server;
	}

	static Appointment appointment(long id, String start, String end, String subject, String place) {
		return new Appointment(id, 9, "Transports Mercier", 15L, "Claire Bernard", Instant.parse(start),
				Instant.parse(end), place, subject, null, AppointmentStatus.PLANNED, 0);
	}

	static fr.infotools.mobile.agenda.AppointmentDraft draftAt(String start, String end) {
		return new fr.infotools.mobile.agenda.AppointmentDraft(9L, 15L, Instant.parse(start), Instant.parse(end),
				"Visioconférence", "Point d'étape", null, null);
	}

	static void put(FakeServer server, Appointment appointment) {
		server.appointments.put(appointment.id(), appointment);
	}

	/** Logs in to the fake server and synchronises, as the login screen does. */
	static AppServices loggedIn(FakeServer server) throws Exception {
		AppServices services = services(server);
		services.login(SERVER, "jdupont", "InfoTools2026!");
		services.syncNow();
		idle();
		return services;
	}

	/** The state a previous run of the app left in its files (the process died since). */
	static void savedState(LocalState state) throws IOException {
		new StateFile(new File(app().getFilesDir(), "agenda.json")).save(state);
	}

	static LocalState stateWith(Appointment... appointments) {
		return LocalState.empty()
			.withServer(new Agenda(Arrays.asList(appointments),
					Collections.singletonList(new Customer(9, "Transports Mercier", "Paris", "01 93 37 44 91")),
					Collections.singletonList(new Contact(15, 9, "Claire", "Bernard", "07 78 82 39 81", null)), NOW));
	}

	static ShadowAlarmManager alarms() {
		return shadowOf(app().getSystemService(AlarmManager.class));
	}

	static void idle() {
		shadowOf(Looper.getMainLooper()).idle();
	}

}
