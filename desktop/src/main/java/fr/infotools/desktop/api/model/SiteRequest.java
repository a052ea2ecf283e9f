package fr.infotools.desktop.api.model;

import java.time.Instant;

/** An appointment request sent from the public website. */
public record SiteRequest(Long id, RequestStatus status, String requesterName, String companyName, String email,
		String phone, String subject, Long productId, String message, String preferredSlots, Instant createdAt,
		Instant decidedAt, Long decidedBy, String decidedByName, Long assignedTo, String assignedToName,
		Long customerId, Long appointmentId, String rejectionReason, Long version) {
}
