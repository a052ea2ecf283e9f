package fr.infotools.mobile.agenda;

import java.time.Instant;

/**
 * An appointment as the rep fills it in, to book or to change one: what the server's
 * {@code POST}/{@code PUT /api/v1/appointments} take.
 *
 * @param status on a change: PLANNED, DONE or CANCELLED; null keeps the current one (a
 * new appointment is planned)
 */
public record AppointmentDraft(Long customerId, Long contactId, Instant startAt, Instant endAt, String place,
		String subject, String notes, AppointmentStatus status) {

	/**
	 * The draft as the server stores it: surrounding blanks removed, blank optional text
	 * absent.
	 */
	public AppointmentDraft normalized() {
		return new AppointmentDraft(this.customerId, this.contactId, this.startAt, this.endAt,
				Texts.blankToNull(this.place), (this.subject != null) ? Texts.strip(this.subject) : null,
				Texts.blankToNull(this.notes), this.status);
	}

	public AppointmentDraft withStatus(AppointmentStatus newStatus) {
		return new AppointmentDraft(this.customerId, this.contactId, this.startAt, this.endAt, this.place, this.subject,
				this.notes, newStatus);
	}

}
