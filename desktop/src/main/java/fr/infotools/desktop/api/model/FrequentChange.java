package fr.infotools.desktop.api.model;

import java.time.Instant;
import java.util.List;

/** An appointment updated more than twice in one ISO week (audit analysis). */
public record FrequentChange(String appointmentId, Integer isoYearWeek, Long updates, Instant firstUpdate,
		Instant lastUpdate, List<String> actors) {
}
