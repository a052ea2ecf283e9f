package fr.infotools.appointment;

import java.time.Instant;

/**
 * A manager gave a website request to a sales rep, who now has the appointment (published
 * in the transaction of the assignment, so that what listens, such as the notice to the
 * rep and the confirmation to the requester, commits with it).
 */
public record AppointmentRequestAssigned(long requestId, long appointmentId, long salesRepId, long customerId,
		String requesterName, String companyName, String email, String phone, String subject, String message,
		Instant startAt, Instant endAt, String place) {

	static AppointmentRequestAssigned of(AppointmentRequest request, Appointment appointment) {
		return new AppointmentRequestAssigned(request.getId(), appointment.getId(), appointment.getSalesRepId(),
				appointment.getCustomerId(), request.getRequesterName(), request.getCompanyName(), request.getEmail(),
				request.getPhone(), appointment.getSubject(), request.getMessage(), appointment.getStartAt(),
				appointment.getEndAt(), appointment.getPlace());
	}

}
