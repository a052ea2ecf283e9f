package fr.infotools.perf.baseline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Column reads and writes shared by the endpoints. DATETIME columns hold UTC (the
 * server's {@code hibernate.jdbc.time_zone: UTC}).
 */
final class Rows {

	private Rows() {
	}

	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static LocalDateTime dateTime(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	/** A UTC DATETIME written as Jackson writes an Instant (ISO-8601, Z). */
	static String instant(LocalDateTime utc) {
		return (utc != null) ? utc.toInstant(ZoneOffset.UTC).toString() : null;
	}

	static Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
