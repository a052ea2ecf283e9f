package fr.infotools.appointment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.shared.UtcColumns;

/**
 * The {@code appointment_summary} table: how many appointments start each day and each
 * month (Paris time), per rep and status, so that the dashboard counts a year of
 * appointments from a few thousand rows instead of a million. Kept up to date by
 * {@link AppointmentSummaryListener} in the transaction of each change; {@link #rebuild}
 * refills it from the appointments.
 */
public final class AppointmentSummary {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String ADD = """
			INSERT INTO appointment_summary (period_kind, period, sales_rep_id, status, appointments)
			VALUES ('D', ?, ?, ?, ?), ('M', ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE appointments = appointments + VALUES(appointments)""";

	private AppointmentSummary() {
	}

	/** The summary's day of an instant: its Paris date as yyyymmdd. */
	public static int day(LocalDate date) {
		return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
	}

	static int day(Instant start) {
		return day(LocalDate.ofInstant(start, PARIS));
	}

	/** Adds {@code delta} appointments to a day, its month, a rep and a status. */
	static void add(Connection connection, int day, long salesRepId, AppointmentStatus status, int delta)
			throws SQLException {
		try (PreparedStatement add = connection.prepareStatement(ADD)) {
			add.setInt(1, day);
			add.setLong(2, salesRepId);
			add.setString(3, status.name());
			add.setInt(4, delta);
			add.setInt(5, day / 100);
			add.setLong(6, salesRepId);
			add.setString(7, status.name());
			add.setInt(8, delta);
			add.executeUpdate();
		}
	}

	/**
	 * Empties the summary and counts every appointment again, reading them in one pass
	 * (the Paris day of a UTC instant is computed here, the same way for every database).
	 */
	public static void rebuild(Connection connection) throws SQLException {
		Map<Key, Integer> counts = new HashMap<>();
		try (Statement read = connection.createStatement()) {
			read.setFetchSize(10_000);
			try (ResultSet rs = read.executeQuery("SELECT start_at, sales_rep_id, status FROM appointments")) {
				while (rs.next()) {
					Instant start = UtcColumns.instant(rs, 1);
					int day = day(start);
					counts.merge(new Key("D", day, rs.getLong(2), rs.getString(3)), 1, Integer::sum);
					counts.merge(new Key("M", day / 100, rs.getLong(2), rs.getString(3)), 1, Integer::sum);
				}
			}
		}
		try (Statement clear = connection.createStatement()) {
			clear.executeUpdate("DELETE FROM appointment_summary");
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO appointment_summary (period_kind, period, sales_rep_id, status, appointments) "
						+ "VALUES (?, ?, ?, ?, ?)")) {
			int batched = 0;
			for (Map.Entry<Key, Integer> count : new TreeMap<>(counts).entrySet()) {
				insert.setString(1, count.getKey().kind());
				insert.setInt(2, count.getKey().period());
				insert.setLong(3, count.getKey().salesRepId());
				insert.setString(4, count.getKey().status());
				insert.setInt(5, count.getValue());
				insert.addBatch();
				if (++batched % 1000 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private record Key(String kind, int period, long salesRepId, String status) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byKind = this.kind.compareTo(other.kind);
			if (byKind != 0) {
				return byKind;
			}
			int byPeriod = Integer.compare(this.period, other.period);
			if (byPeriod != 0) {
				return byPeriod;
			}
			int byRep = Long.compare(this.salesRepId, other.salesRepId);
			return (byRep != 0) ? byRep : this.status.compareTo(other.status);
		}

	}

}
