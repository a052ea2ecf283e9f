package fr.infotools.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

import fr.infotools.shared.UtcColumns;

/**
 * Reading audit rows from JDBC results.
 */
final class AuditRows {

	static final String COLUMNS = "id, created_at, user_id, actor, table_name, row_id, action, changed, prev_hash, hash";

	private AuditRows() {
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		long user = rs.getLong("user_id");
		Long userId = rs.wasNull() ? null : user;
		return new AuditEntry(rs.getLong("id"), UtcColumns.instant(rs, "created_at"), userId, rs.getString("actor"),
				rs.getString("table_name"), rs.getString("row_id"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("changed"), rs.getString("prev_hash"), rs.getString("hash"));
	}

}
