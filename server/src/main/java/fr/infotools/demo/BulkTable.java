package fr.infotools.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table written in multi-row INSERT statements, a few hundred rows per round
 * trip: what lets the benchmark dataset load millions of rows in minutes.
 */
final class BulkTable {

	private static final int ROWS_PER_STATEMENT = 500;

	private final String table;

	private final String[] columns;

	private final List<Object[]> pending = new ArrayList<>();

	private long written;

	BulkTable(String table, String... columns) {
		this.table = table;
		this.columns = columns;
	}

	void add(Connection connection, Object... values) throws SQLException {
		if (values.length != this.columns.length) {
			throw new IllegalArgumentException(
					this.table + ": " + values.length + " values for " + this.columns.length + " columns");
		}
		this.pending.add(values);
		if (this.pending.size() >= ROWS_PER_STATEMENT) {
			flush(connection);
		}
	}

	void flush(Connection connection) throws SQLException {
		if (this.pending.isEmpty()) {
			return;
		}
		String row = "(" + "?,".repeat(this.columns.length - 1) + "?)";
		StringBuilder sql = new StringBuilder("INSERT INTO ").append(this.table)
			.append(" (")
			.append(String.join(", ", this.columns))
			.append(") VALUES ");
		for (int i = 0; i < this.pending.size(); i++) {
			sql.append((i == 0) ? "" : ",").append(row);
		}
		try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
			int p = 1;
			for (Object[] values : this.pending) {
				for (Object value : values) {
					insert.setObject(p++, jdbcValue(value));
				}
			}
			insert.executeUpdate();
		}
		this.written += this.pending.size();
		this.pending.clear();
	}

	long written() {
		return this.written + this.pending.size();
	}

	String name() {
		return this.table;
	}

	/** Instants are stored as UTC date-times, enums by name. */
	private static Object jdbcValue(Object value) {
		if (value instanceof Instant instant) {
			return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value;
	}

}
