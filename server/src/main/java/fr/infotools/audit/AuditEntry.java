package fr.infotools.audit;

import java.time.Instant;

/**
 * One row of the audit trail.
 *
 * @param changed JSON: the full row for an insert or a delete; for an update only the
 * changed columns, each as {@code {"before": ..., "after": ...}}
 */
public record AuditEntry(long id, Instant createdAt, Long userId, String actor, String tableName, String rowId,
		AuditAction action, String changed, String prevHash, String hash) {

}
