package fr.infotools.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import fr.infotools.audit.AuditAnalyses.DeletionCount;
import fr.infotools.audit.AuditAnalyses.FrequentlyChangedAppointment;
import fr.infotools.shared.UtcColumns;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: filtered lists, a record's history, the integrity check and
 * the analyses. There is deliberately no method that changes or removes a row.
 */
@Service
public class AuditTrail {

	private static final int VERIFY_BATCH = 1000;

	private final JdbcClient jdbc;

	private final String isoWeekExpression;

	AuditTrail(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		this.isoWeekExpression = isoWeekExpression(dataSource);
	}

	/**
	 * The ISO year and week of a row's time, as YYYYWW, in the SQL of the database in
	 * use.
	 */
	private static String isoWeekExpression(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if ("H2".equalsIgnoreCase(product)) {
				return "(ISO_YEAR(created_at) * 100 + ISO_WEEK(created_at))";
			}
			return "YEARWEEK(created_at, 3)";
		}
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, Pageable page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.userId() != null) {
			where.append(" AND user_id = ?");
			params.add(filter.userId());
		}
		if (filter.tableName() != null) {
			where.append(" AND table_name = ?");
			params.add(filter.tableName());
		}
		if (filter.rowId() != null) {
			where.append(" AND row_id = ?");
			params.add(filter.rowId());
		}
		if (filter.action() != null) {
			where.append(" AND action = ?");
			params.add(filter.action().name());
		}
		if (filter.from() != null) {
			where.append(" AND created_at >= ?");
			params.add(UtcColumns.utc(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND created_at < ?");
			params.add(UtcColumns.utc(filter.to()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.getPageSize());
		pageParams.add(page.getOffset());
		List<AuditEntry> rows = this.jdbc
			.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(AuditRows::map)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(String tableName, Object rowId) {
		return this.jdbc
			.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id")
			.params(tableName, String.valueOf(rowId))
			.query(AuditRows::map)
			.list();
	}

	/**
	 * Re-reads the whole trail in id order and recomputes each row's hash: reports the
	 * first row that was changed, the first gap (a removed row) and a head that no longer
	 * matches the last row (rows removed at the end).
	 */
	@Transactional(readOnly = true)
	public IntegrityReport verify() {
		long checked = 0;
		long expectedId = 1;
		String expectedPrev = AuditChain.GENESIS;
		List<AuditEntry> batch;
		do {
			batch = this.jdbc
				.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log WHERE id >= ? ORDER BY id LIMIT " + VERIFY_BATCH)
				.param(expectedId)
				.query(AuditRows::map)
				.list();
			for (AuditEntry entry : batch) {
				checked++;
				if (entry.id() != expectedId) {
					return IntegrityReport.broken(checked, expectedId, "row " + expectedId + " is missing");
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return IntegrityReport.broken(checked, entry.id(), "previous hash does not match the row before");
				}
				if (!AuditChain.hashOf(entry).equals(entry.hash())) {
					return IntegrityReport.broken(checked, entry.id(), "content does not match its hash");
				}
				expectedPrev = entry.hash();
				expectedId++;
			}
		}
		while (batch.size() == VERIFY_BATCH);
		long lastId = expectedId - 1;
		Map<String, Object> head = this.jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
			.query()
			.singleRow();
		boolean headMatches = ((Number) head.get("last_id")).longValue() == lastId
				&& expectedPrev.equals(head.get("last_hash"));
		return headMatches ? IntegrityReport.ok(checked)
				: IntegrityReport.broken(checked, lastId + 1, "rows after " + lastId + " are missing");
	}

	/** Appointments updated more than twice in one ISO week, most changed first. */
	@Transactional(readOnly = true)
	public List<FrequentlyChangedAppointment> appointmentsChangedMoreThanTwiceAWeek(Instant from, Instant to) {
		String week = this.isoWeekExpression;
		return this.jdbc
			.sql("SELECT row_id, " + week + " AS iso_week, COUNT(*) AS updates, "
					+ "MIN(created_at) AS first_update, MAX(created_at) AS last_update, "
					+ "GROUP_CONCAT(DISTINCT actor ORDER BY actor SEPARATOR ',') AS actors " + "FROM audit_log "
					+ "WHERE table_name = 'appointments' AND action = 'UPDATE' AND created_at >= ? AND created_at < ? "
					+ "GROUP BY row_id, " + week + " HAVING COUNT(*) > 2 ORDER BY updates DESC, row_id")
			.params(UtcColumns.utc(from), UtcColumns.utc(to))
			.query((rs, row) -> new FrequentlyChangedAppointment(rs.getString("row_id"), rs.getInt("iso_week"),
					rs.getLong("updates"), UtcColumns.instant(rs, "first_update"),
					UtcColumns.instant(rs, "last_update"), Arrays.asList(rs.getString("actors").split(","))))
			.list();
	}

	/** Deletions per user and table, most first. */
	@Transactional(readOnly = true)
	public List<DeletionCount> deletionsPerUser(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT user_id, actor, table_name, COUNT(*) AS deletions, MAX(created_at) AS last_deletion
				FROM audit_log
				WHERE action = 'DELETE' AND created_at >= ? AND created_at < ?
				GROUP BY user_id, actor, table_name
				ORDER BY deletions DESC, actor, table_name""")
			.params(UtcColumns.utc(from), UtcColumns.utc(to))
			.query((rs, row) -> {
				long userId = rs.getLong("user_id");
				Long user = rs.wasNull() ? null : userId;
				return new DeletionCount(user, rs.getString("actor"), rs.getString("table_name"),
						rs.getLong("deletions"), UtcColumns.instant(rs, "last_deletion"));
			})
			.list();
	}

}
