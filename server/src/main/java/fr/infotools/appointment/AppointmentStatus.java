package fr.infotools.appointment;

/**
 * Where an appointment stands.
 */
public enum AppointmentStatus {

	PLANNED, DONE, CANCELLED

}
