package fr.infotools.mobile;

import java.time.Instant;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;

/**
 * Appointments for the tests: {@code NOW} is Monday 30 March 2026, 08:00 in Paris.
 */
public final class Fixtures {

	public static final Instant NOW = Instant.parse("2026-03-30T06:00:00Z");

	private Fixtures() {
	}

	public static Appointment appointment(long id, String start, String end) {
		return new Appointment(id, 9, "Transports Mercier", 15L, "Claire Bernard", Instant.parse(start),
				Instant.parse(end), "12 rue de la Paix, Paris", "Étude du besoin", null, AppointmentStatus.PLANNED, 3);
	}

	public static Appointment appointment(long id, String start, String end, AppointmentStatus status) {
		Appointment planned = appointment(id, start, end);
		return planned.with(planned.toDraft().withStatus(status), planned.customerName(), planned.contactName());
	}

	public static AppointmentDraft draft(String start, String end) {
		return new AppointmentDraft(9L, 15L, Instant.parse(start), Instant.parse(end), "Visioconférence",
				"Démonstration", null, null);
	}

}
