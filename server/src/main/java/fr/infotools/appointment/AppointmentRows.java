package fr.infotools.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import fr.infotools.shared.UtcColumns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The most read list, a rep's upcoming appointments, in plain SQL, its rows turned
 * straight into {@link AppointmentRow}s: building twenty entities only to copy them into
 * a response took a fifth of the call (docs/performance.md).
 */
@Repository
class AppointmentRows {

	private static final String UPCOMING = """
			SELECT id, sales_rep_id, customer_id, contact_id, start_at, end_at, place, subject, notes, status,
			       request_id, created_at, updated_at, version
			FROM appointments
			WHERE sales_rep_id = ? AND start_at > ? AND end_at > ? AND status = 'PLANNED'
			ORDER BY start_at, id
			LIMIT ?""";

	private final JdbcClient jdbc;

	AppointmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rep's planned appointments not over yet, soonest first: those that started at
	 * most {@link Appointment#MAX_DURATION} ago, which bounds the index range on rep and
	 * start.
	 */
	List<AppointmentRow> upcoming(long salesRepId, Instant now, int limit) {
		return this.jdbc.sql(UPCOMING)
			.params(salesRepId, UtcColumns.utc(now.minus(Appointment.MAX_DURATION)), UtcColumns.utc(now), limit)
			.query(AppointmentRows::row)
			.list();
	}

	private static AppointmentRow row(ResultSet rs, int row) throws SQLException {
		return new AppointmentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), nullableLong(rs, 4),
				UtcColumns.instant(rs, 5), UtcColumns.instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9),
				AppointmentStatus.valueOf(rs.getString(10)), nullableLong(rs, 11), UtcColumns.instant(rs, 12),
				UtcColumns.instant(rs, 13), rs.getLong(14));
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
