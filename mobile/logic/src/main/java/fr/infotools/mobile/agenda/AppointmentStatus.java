package fr.infotools.mobile.agenda;

/**
 * Where an appointment stands, as on the server: a planned one is done once started, or
 * cancelled; a cancelled one may be planned again; a done one stays done.
 */
public enum AppointmentStatus {

	PLANNED, DONE, CANCELLED;

	/** Whether the server allows going from this status to {@code to}. */
	public boolean mayBecome(AppointmentStatus to) {
		if (this == to) {
			return true;
		}
		switch (this) {
			case PLANNED:
				return true;
			case CANCELLED:
				return to == PLANNED;
			default:
				return false;
		}
	}

}
