package fr.infotools.appointment;

import java.time.Instant;

/**
 * A visitor of the public website asked for an appointment (published in the transaction
 * that stores the request: what listens, such as the acknowledgement mail, commits or
 * rolls back with it).
 */
public record AppointmentRequestSubmitted(long requestId, String requesterName, String companyName, String email,
		String subject, String preferredSlots, String message, Instant submittedAt) {

	static AppointmentRequestSubmitted of(AppointmentRequest request) {
		return new AppointmentRequestSubmitted(request.getId(), request.getRequesterName(), request.getCompanyName(),
				request.getEmail(), request.getSubject(), request.getPreferredSlots(), request.getMessage(),
				request.getCreatedAt());
	}

}
