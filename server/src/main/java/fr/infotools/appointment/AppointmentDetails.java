package fr.infotools.appointment;

import java.time.Instant;

/**
 * The editable description of an appointment.
 */
public record AppointmentDetails(long customerId, Long contactId, Instant startAt, Instant endAt, String place,
		String subject, String notes) {

}
