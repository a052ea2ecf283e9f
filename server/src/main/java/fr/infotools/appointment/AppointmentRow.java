package fr.infotools.appointment;

import java.time.Instant;

/**
 * An appointment as a list shows it: the values of its row, read without the entity.
 */
public record AppointmentRow(long id, long salesRepId, long customerId, Long contactId, Instant startAt, Instant endAt,
		String place, String subject, String notes, AppointmentStatus status, Long requestId, Instant createdAt,
		Instant updatedAt, long version) {

	public static AppointmentRow of(Appointment appointment) {
		return new AppointmentRow(appointment.getId(), appointment.getSalesRepId(), appointment.getCustomerId(),
				appointment.getContactId(), appointment.getStartAt(), appointment.getEndAt(), appointment.getPlace(),
				appointment.getSubject(), appointment.getNotes(), appointment.getStatus(), appointment.getRequestId(),
				appointment.getCreatedAt(), appointment.getUpdatedAt(), appointment.getVersion());
	}

}
