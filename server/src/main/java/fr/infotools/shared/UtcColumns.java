package fr.infotools.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in date-time columns read and written with plain JDBC, as the date-time they
 * are in UTC: the JDBC time zone Hibernate is given ({@code hibernate.jdbc.time_zone}),
 * so that both ways of reaching a table agree.
 */
public final class UtcColumns {

	private UtcColumns() {
	}

	/** The instant in a date-time column, or null. */
	public static Instant instant(ResultSet rs, int column) throws SQLException {
		return instant(rs.getObject(column, LocalDateTime.class));
	}

	/** The instant in a date-time column, or null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return instant(rs.getObject(column, LocalDateTime.class));
	}

	private static Instant instant(LocalDateTime utc) {
		return (utc != null) ? utc.toInstant(ZoneOffset.UTC) : null;
	}

	/** The value to bind for an instant. */
	public static LocalDateTime utc(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
