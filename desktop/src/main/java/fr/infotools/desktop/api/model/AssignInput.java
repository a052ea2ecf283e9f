package fr.infotools.desktop.api.model;

import java.time.Instant;

/** Assigns a website request to a rep with a slot. */
public record AssignInput(Long salesRepId, Instant startAt, Instant endAt, String place, String subject,
		Long customerId) {
}
