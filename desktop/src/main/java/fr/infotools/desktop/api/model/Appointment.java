package fr.infotools.desktop.api.model;

import java.time.Instant;

/** A meeting of a sales rep with a customer. */
public record Appointment(Long id, Long salesRepId, String salesRepName, Long customerId, String customerName,
		Long contactId, String contactName, Instant startAt, Instant endAt, String place, String subject, String notes,
		AppointmentStatus status, Long requestId, Instant createdAt, Instant updatedAt, Long version) {
}
