package fr.infotools.desktop.api.model;

/** PLANNED → DONE once started, PLANNED ↔ CANCELLED. */
public enum AppointmentStatus {

	PLANNED, DONE, CANCELLED

}
