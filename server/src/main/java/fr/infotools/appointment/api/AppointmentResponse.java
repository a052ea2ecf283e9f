package fr.infotools.appointment.api;

import java.time.Instant;
import java.util.Map;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentRow;
import fr.infotools.appointment.AppointmentStatus;

/**
 * An appointment as the API shows it, with the names of its rep, customer and contact.
 */
record AppointmentResponse(long id, long salesRepId, String salesRepName, long customerId, String customerName,
		Long contactId, String contactName, Instant startAt, Instant endAt, String place, String subject, String notes,
		AppointmentStatus status, Long requestId, Instant createdAt, Instant updatedAt, long version) {

	static AppointmentResponse of(Appointment appointment, Map<Long, String> userNames, PartyNames.Names names) {
		return of(AppointmentRow.of(appointment), userNames, names);
	}

	static AppointmentResponse of(AppointmentRow appointment, Map<Long, String> userNames, PartyNames.Names names) {
		return new AppointmentResponse(appointment.id(), appointment.salesRepId(),
				userNames.get(appointment.salesRepId()), appointment.customerId(),
				names.customer(appointment.customerId()), appointment.contactId(),
				names.contact(appointment.contactId()), appointment.startAt(), appointment.endAt(), appointment.place(),
				appointment.subject(), appointment.notes(), appointment.status(), appointment.requestId(),
				appointment.createdAt(), appointment.updatedAt(), appointment.version());
	}

}
