package fr.infotools.appointment;

import java.time.Instant;

/**
 * How a manager gives a website request to a sales rep.
 *
 * @param salesRepId the rep who takes the appointment
 * @param customerId the prospect or customer to link, or null to find the requester by
 * e-mail address or else create them as the rep's prospect
 * @param subject null for the request's own subject
 */
public record Assignment(Long salesRepId, Long customerId, Instant startAt, Instant endAt, String place,
		String subject) {

}
