package fr.infotools.appointment.api;

import java.time.Instant;
import java.util.Map;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentStatus;

/**
 * An appointment as the API shows it, with the names of its rep, customer and contact.
 */
record AppointmentResponse(long id, long salesRepId, String salesRepName, long customerId, String customerName,
		Long contactId, String contactName, Instant startAt, Instant endAt, String place, String subject, String notes,
		AppointmentStatus status, Long requestId, Instant createdAt, Instant updatedAt, long version) {

	static AppointmentResponse of(Appointment appointment, Map<Long, String> userNames, PartyNames.Names names) {
		return new AppointmentResponse(appointment.getId(), appointment.getSalesRepId(),
				userNames.get(appointment.getSalesRepId()), appointment.getCustomerId(),
				names.customer(appointment.getCustomerId()), appointment.getContactId(),
				names.contact(appointment.getContactId()), appointment.getStartAt(), appointment.getEndAt(),
				appointment.getPlace(), appointment.getSubject(), appointment.getNotes(), appointment.getStatus(),
				appointment.getRequestId(), appointment.getCreatedAt(), appointment.getUpdatedAt(),
				appointment.getVersion());
	}

}
