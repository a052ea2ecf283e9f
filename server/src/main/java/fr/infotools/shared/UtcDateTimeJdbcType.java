package fr.infotools.shared;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;

/**
 * Instants in {@code DATETIME}/{@code TIMESTAMP} columns, written and read as the
 * date-time they are in the JDBC time zone ({@code hibernate.jdbc.time_zone}, UTC)
 * through {@link LocalDateTime}: the same values as Hibernate's own timestamp type, which
 * goes through {@code java.sql.Timestamp} and a new {@code Calendar} for every value.
 * That cost more than any other part of reading a list of appointments (a fifth of the
 * call). Other Java types are left to Hibernate's own handling.
 */
public class UtcDateTimeJdbcType extends TimestampJdbcType {

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		if (javaType.getJavaTypeClass() != Instant.class) {
			return super.getBinder(javaType);
		}
		return new BasicBinder<>(javaType, this) {

			@Override
			protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options)
					throws SQLException {
				statement.setObject(index, toDateTime(javaType.unwrap(value, Instant.class, options), options));
			}

			@Override
			protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options)
					throws SQLException {
				statement.setObject(name, toDateTime(javaType.unwrap(value, Instant.class, options), options));
			}

		};
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		if (javaType.getJavaTypeClass() != Instant.class) {
			return super.getExtractor(javaType);
		}
		return new BasicExtractor<>(javaType, this) {

			@Override
			protected X doExtract(ResultSet rs, int position, WrapperOptions options) throws SQLException {
				return javaType.wrap(toInstant(rs.getObject(position, LocalDateTime.class), options), options);
			}

			@Override
			protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
				return javaType.wrap(toInstant(statement.getObject(index, LocalDateTime.class), options), options);
			}

			@Override
			protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
					throws SQLException {
				return javaType.wrap(toInstant(statement.getObject(name, LocalDateTime.class), options), options);
			}

		};
	}

	static LocalDateTime toDateTime(Instant instant, WrapperOptions options) {
		return LocalDateTime.ofInstant(instant, zone(options));
	}

	static Instant toInstant(LocalDateTime dateTime, WrapperOptions options) {
		return (dateTime != null) ? dateTime.atZone(zone(options)).toInstant() : null;
	}

	/** The JDBC time zone, or the JVM's when none is set (as JDBC then does). */
	private static ZoneId zone(WrapperOptions options) {
		TimeZone zone = options.getJdbcTimeZone();
		return (zone != null) ? zone.toZoneId() : ZoneId.systemDefault();
	}

}
