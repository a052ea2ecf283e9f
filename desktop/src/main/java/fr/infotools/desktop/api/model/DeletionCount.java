package fr.infotools.desktop.api.model;

import java.time.Instant;

/** Deletions per user and table (audit analysis). */
public record DeletionCount(Long userId, String actor, String tableName, Long deletions, Instant lastDeletion) {
}
