package fr.infotools.audit;

import java.time.Instant;

/**
 * Criteria for listing audit rows; each null criterion is ignored.
 */
public record AuditFilter(Long userId, String tableName, String rowId, AuditAction action, Instant from, Instant to) {

}
