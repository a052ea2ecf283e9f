package fr.infotools.mobile.reminder;

import java.time.Instant;

import fr.infotools.mobile.agenda.Appointment;

/**
 * One reminder on the phone: when it rings, and what its notification says.
 */
public record Reminder(long appointmentId, Instant triggerAt, Instant startAt, String subject, String customerName,
		String place) {

	/**
	 * The reminder of a planned appointment: {@code delay} before its start.
	 */
	public static Reminder of(Appointment appointment, ReminderDelay delay) {
		return new Reminder(appointment.id(), appointment.startAt().minus(delay.duration()), appointment.startAt(),
				appointment.subject(), appointment.customerName(), appointment.place());
	}

}
