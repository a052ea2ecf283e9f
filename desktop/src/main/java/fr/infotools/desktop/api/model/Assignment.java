package fr.infotools.desktop.api.model;

/** The answer to an assignment: the decided request and the booked appointment. */
public record Assignment(SiteRequest request, Appointment appointment) {
}
