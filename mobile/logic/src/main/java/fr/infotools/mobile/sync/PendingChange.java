package fr.infotools.mobile.sync;

import java.time.Instant;

import fr.infotools.mobile.agenda.AppointmentDraft;

/**
 * A change the rep made that the server has not accepted yet.
 *
 * @param appointmentId the appointment changed; negative for one created on the phone
 * @param baseVersion the version the rep changed (0 for a creation)
 * @param draft the appointment as the rep left it (null for a deletion)
 */
public record PendingChange(long sequence, Kind kind, long appointmentId, long baseVersion, AppointmentDraft draft,
		Instant queuedAt) {

	/**
	 * What the change does.
	 */
	public enum Kind {

		CREATE, UPDATE, DELETE

	}

	PendingChange withDraft(AppointmentDraft newDraft) {
		return new PendingChange(this.sequence, this.kind, this.appointmentId, this.baseVersion, newDraft,
				this.queuedAt);
	}

}
