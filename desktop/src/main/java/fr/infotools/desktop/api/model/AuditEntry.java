package fr.infotools.desktop.api.model;

import java.time.Instant;

/** One row of the audit trail; changed is the JSON diff. */
public record AuditEntry(Long id, Instant createdAt, Long userId, String actor, String tableName, String rowId,
		AuditAction action, String changed, String prevHash, String hash) {
}
