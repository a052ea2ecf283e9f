package fr.infotools.desktop.api.model;

import java.time.Instant;

/** A free one-hour slot of a sales rep. */
public record TimeSlot(Instant startAt, Instant endAt) {
}
