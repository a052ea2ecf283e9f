package fr.infotools.audit;

import java.time.Instant;
import java.util.List;

/**
 * Results of the two analyses of the audit trail that the requirements ask for.
 */
public final class AuditAnalyses {

	private AuditAnalyses() {
	}

	/**
	 * An appointment updated more than twice within one ISO week (Monday to Sunday, UTC).
	 */
	public record FrequentlyChangedAppointment(String appointmentId, int isoYearWeek, long updates, Instant firstUpdate,
			Instant lastUpdate, List<String> actors) {

	}

	/** How many rows a user deleted, per table. */
	public record DeletionCount(Long userId, String actor, String tableName, long deletions, Instant lastDeletion) {

	}

}
