package fr.infotools.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Appends rows to the audit trail on the caller's connection, hence in the caller's
 * transaction. The chain head is locked while a row is added, so ids are consecutive and
 * each row carries the hash of the one before it; the lock is held until the transaction
 * ends.
 */
@Component
class AuditWriter {

	private final Clock clock;

	AuditWriter(Clock clock) {
		this.clock = clock;
	}

	AuditEntry append(Connection connection, AuditActor actor, String tableName, String rowId, AuditAction action,
			String changed) throws SQLException {
		long lastId;
		String lastHash;
		try (PreparedStatement head = connection
			.prepareStatement("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
				ResultSet rs = head.executeQuery()) {
			if (!rs.next()) {
				throw new IllegalStateException("audit_chain_head is missing");
			}
			lastId = rs.getLong(1);
			lastHash = rs.getString(2);
		}
		long id = lastId + 1;
		Instant createdAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditChain.hash(lastHash, id, createdAt, actor.userId(), actor.name(), tableName, rowId, action,
				changed);
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO audit_log (id, created_at, user_id, actor, table_name, row_id, action, changed, prev_hash, hash)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			insert.setLong(1, id);
			insert.setObject(2, LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC));
			insert.setObject(3, actor.userId());
			insert.setString(4, actor.name());
			insert.setString(5, tableName);
			insert.setString(6, rowId);
			insert.setString(7, action.name());
			insert.setString(8, changed);
			insert.setString(9, lastHash);
			insert.setString(10, hash);
			insert.executeUpdate();
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
			update.setLong(1, id);
			update.setString(2, hash);
			update.executeUpdate();
		}
		return new AuditEntry(id, createdAt, actor.userId(), actor.name(), tableName, rowId, action, changed, lastHash,
				hash);
	}

}
