package fr.infotools.appointment.api;

import java.time.Instant;
import java.util.Map;

import fr.infotools.appointment.AppointmentRequest;
import fr.infotools.appointment.AppointmentRequestStatus;

/**
 * A website request as managers see it, with who decided it and the appointment booked
 * for it.
 */
record RequestResponse(long id, AppointmentRequestStatus status, String requesterName, String companyName, String email,
		String phone, String subject, Long productId, String message, String preferredSlots, Instant createdAt,
		Instant decidedAt, Long decidedBy, String decidedByName, Long assignedTo, String assignedToName,
		Long customerId, Long appointmentId, String rejectionReason, long version) {

	static RequestResponse of(AppointmentRequest request, Map<Long, String> userNames, Long appointmentId) {
		return new RequestResponse(request.getId(), request.getStatus(), request.getRequesterName(),
				request.getCompanyName(), request.getEmail(), request.getPhone(), request.getSubject(),
				request.getProductId(), request.getMessage(), request.getPreferredSlots(), request.getCreatedAt(),
				request.getDecidedAt(), request.getDecidedBy(), nameOf(request.getDecidedBy(), userNames),
				request.getAssignedTo(), nameOf(request.getAssignedTo(), userNames), request.getCustomerId(),
				appointmentId, request.getRejectionReason(), request.getVersion());
	}

	private static String nameOf(Long userId, Map<Long, String> userNames) {
		return (userId != null) ? userNames.get(userId) : null;
	}

}
