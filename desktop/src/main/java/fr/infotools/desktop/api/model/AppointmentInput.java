package fr.infotools.desktop.api.model;

import java.time.Instant;

/** An appointment as sent to book or update one. */
public record AppointmentInput(Long salesRepId, Long customerId, Long contactId, Instant startAt, Instant endAt,
		String place, String subject, String notes, AppointmentStatus status, Long version) {
}
