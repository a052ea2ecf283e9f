package fr.infotools.mobile.agenda;

import java.time.Instant;

/**
 * An appointment of the rep as the server sent it, or as the rep changed it on the phone
 * while the change waits to be sent. An appointment created offline has a negative id
 * until the server gives it its own.
 *
 * @param version the version read from the server (0 for one not yet sent)
 */
public record Appointment(long id, long customerId, String customerName, Long contactId, String contactName,
		Instant startAt, Instant endAt, String place, String subject, String notes, AppointmentStatus status,
		long version) {

	/** Whether this appointment exists only on the phone so far. */
	public boolean isLocalOnly() {
		return this.id < 0;
	}

	/** Whether it is still to take place: neither done nor cancelled. */
	public boolean isPlanned() {
		return this.status == AppointmentStatus.PLANNED;
	}

	/** This appointment as the rep changed it; names come from the agenda's customers. */
	public Appointment with(AppointmentDraft draft, String customerName, String contactName) {
		return new Appointment(this.id, draft.customerId(), customerName, draft.contactId(), contactName,
				draft.startAt(), draft.endAt(), draft.place(), draft.subject(), draft.notes(),
				(draft.status() != null) ? draft.status() : this.status, this.version);
	}

	/** The draft that would leave this appointment as it is. */
	public AppointmentDraft toDraft() {
		return new AppointmentDraft(this.customerId, this.contactId, this.startAt, this.endAt, this.place, this.subject,
				this.notes, this.status);
	}

}
