package fr.infotools.audit;

/**
 * The verdict of the audit trail's integrity check.
 *
 * @param intact whether every row still carries the hash of its content chained to the
 * row before
 * @param rowsChecked how many rows were read
 * @param firstBrokenId the first row where the chain breaks (changed, removed or inserted
 * rows), or null
 * @param problem what was found there, or null
 */
public record IntegrityReport(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {

	static IntegrityReport ok(long rows) {
		return new IntegrityReport(true, rows, null, null);
	}

	static IntegrityReport broken(long rows, long id, String problem) {
		return new IntegrityReport(false, rows, id, problem);
	}

}
