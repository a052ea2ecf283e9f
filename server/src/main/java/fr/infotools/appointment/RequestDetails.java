package fr.infotools.appointment;

/**
 * What a visitor of the public website sends to ask for an appointment.
 */
public record RequestDetails(String requesterName, String companyName, String email, String phone, String subject,
		Long productId, String message, String preferredSlots, boolean consent) {

}
