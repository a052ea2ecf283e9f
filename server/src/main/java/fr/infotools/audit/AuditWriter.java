package fr.infotools.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Appends a transaction's audit rows to the trail on its connection, just before it
 * commits. The chain head is locked while they are added, so ids are consecutive and each
 * row carries the hash of the one before it; the lock is held until the commit, which
 * follows at once: concurrent transactions wait on it only for their last statements.
 */
@Component
class AuditWriter {

	private final Clock clock;

	AuditWriter(Clock clock) {
		this.clock = clock;
	}

	/** A change waiting for the end of its transaction. */
	record PendingRow(AuditActor actor, String tableName, String rowId, AuditAction action, String changed) {

	}

	void appendAll(Connection connection, List<PendingRow> rows) throws SQLException {
		AuditBulkAppender chain = new AuditBulkAppender(connection, true);
		for (PendingRow row : rows) {
			chain.append(this.clock.instant(), row.actor().userId(), row.actor().name(), row.tableName(), row.rowId(),
					row.action(), row.changed());
		}
		chain.flush();
	}

}
