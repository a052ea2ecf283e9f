package fr.infotools.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import fr.infotools.shared.UtcColumns;

/**
 * Appends rows to the audit trail in a few statements, each hash-chained to the one
 * before: what {@link AuditWriter} does at the end of every transaction, and what bulk
 * loads that write their records with plain SQL (the benchmark dataset) use directly, so
 * that the trail's integrity check accepts them.
 */
public final class AuditBulkAppender {

	private static final int ROWS_PER_STATEMENT = 500;

	private final Connection connection;

	private final List<AuditEntry> pending = new ArrayList<>();

	private long lastId;

	private String lastHash;

	private long appended;

	/** For a bulk load that nothing else writes to the trail during. */
	public AuditBulkAppender(Connection connection) throws SQLException {
		this(connection, false);
	}

	/**
	 * @param lockHead whether to lock the chain head until the transaction ends, so that
	 * concurrent writers wait for each other
	 */
	AuditBulkAppender(Connection connection, boolean lockHead) throws SQLException {
		this.connection = connection;
		try (PreparedStatement head = connection.prepareStatement(
				"SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1" + (lockHead ? " FOR UPDATE" : ""));
				ResultSet rs = head.executeQuery()) {
			if (!rs.next()) {
				throw new IllegalStateException("audit_chain_head is missing");
			}
			this.lastId = rs.getLong(1);
			this.lastHash = rs.getString(2);
		}
	}

	/** Adds a row; written by the next {@link #flush()}. */
	public void append(Instant at, Long userId, String actor, String tableName, Object rowId, AuditAction action,
			String changed) throws SQLException {
		long id = this.lastId + 1;
		Instant createdAt = at.truncatedTo(ChronoUnit.MICROS);
		String row = String.valueOf(rowId);
		String hash = AuditChain.hash(this.lastHash, id, createdAt, userId, actor, tableName, row, action, changed);
		this.pending
			.add(new AuditEntry(id, createdAt, userId, actor, tableName, row, action, changed, this.lastHash, hash));
		this.lastId = id;
		this.lastHash = hash;
		if (this.pending.size() >= ROWS_PER_STATEMENT) {
			writePending();
		}
	}

	/** Writes what is pending and moves the chain head to the last row. */
	public void flush() throws SQLException {
		writePending();
		try (PreparedStatement update = this.connection
			.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
			update.setLong(1, this.lastId);
			update.setString(2, this.lastHash);
			update.executeUpdate();
		}
	}

	/** Rows written so far. */
	public long appended() {
		return this.appended;
	}

	private void writePending() throws SQLException {
		if (this.pending.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder(
				"INSERT INTO audit_log (id, created_at, user_id, actor, table_name, row_id, action, changed, prev_hash, hash) VALUES ");
		for (int i = 0; i < this.pending.size(); i++) {
			sql.append((i == 0) ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?)");
		}
		try (PreparedStatement insert = this.connection.prepareStatement(sql.toString())) {
			int p = 1;
			for (AuditEntry entry : this.pending) {
				insert.setLong(p++, entry.id());
				insert.setObject(p++, UtcColumns.utc(entry.createdAt()));
				insert.setObject(p++, entry.userId());
				insert.setString(p++, entry.actor());
				insert.setString(p++, entry.tableName());
				insert.setString(p++, entry.rowId());
				insert.setString(p++, entry.action().name());
				insert.setString(p++, entry.changed());
				insert.setString(p++, entry.prevHash());
				insert.setString(p++, entry.hash());
			}
			insert.executeUpdate();
		}
		this.appended += this.pending.size();
		this.pending.clear();
	}

}
