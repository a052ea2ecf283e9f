package fr.infotools.appointment;

/**
 * Where an appointment stands. A planned appointment is done once it has taken place, or
 * cancelled; a cancelled one may be planned again; a done one stays done.
 */
public enum AppointmentStatus {

	/** Booked and still to take place (or taking place). */
	PLANNED,

	/** Took place. */
	DONE,

	/** Called off; it no longer blocks the rep's time. */
	CANCELLED

}
