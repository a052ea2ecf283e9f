package fr.infotools.appointment;

/**
 * Where a request from the public website stands.
 */
public enum AppointmentRequestStatus {

	/** Waiting for a manager. */
	NEW,

	/** Given to a sales rep, who now has the appointment. */
	ASSIGNED,

	/** Declined by a manager, with a reason. */
	REJECTED

}
