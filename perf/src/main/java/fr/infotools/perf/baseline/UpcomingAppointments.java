package fr.infotools.perf.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario 1, {@code GET /api/v1/appointments/upcoming}: the caller's planned
 * appointments not over yet, soonest first, with the names of their rep, customer and
 * contact. The statements are the server's (AppointmentController, AppointmentViews,
 * AppointmentRows, PartyNames, CustomerNames, Users) as it sends them to MariaDB, in one
 * transaction as there; the JSON is AppointmentResponse's.
 */
final class UpcomingAppointments {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	/**
	 * Appointment.MAX_DURATION: one not over yet started at most this long ago, which
	 * bounds the index range.
	 */
	static final Duration MAX_DURATION = Duration.ofHours(12);

	/** AppointmentRows.upcoming's statement. */
	static final String SELECT = """
			SELECT id, sales_rep_id, customer_id, contact_id, start_at, end_at, place, subject, notes, status,
			       request_id, created_at, updated_at, version
			FROM appointments
			WHERE sales_rep_id = ? AND start_at > ? AND end_at > ? AND status = 'PLANNED'
			ORDER BY start_at, id
			LIMIT ?""";

	/** CustomerNames.customers; the owner condition only for a rep. */
	static final String CUSTOMER_NAMES = "SELECT id, company_name FROM customers WHERE id IN (%s)";

	/** CustomerNames.contacts; the owner condition only for a rep. */
	static final String CONTACT_NAMES = "SELECT ct.id, ct.first_name, ct.last_name FROM contacts ct "
			+ "JOIN customers c ON c.id = ct.customer_id WHERE ct.id IN (%s)";

	private final ConnectionPool pool;

	UpcomingAppointments(ConnectionPool pool) {
		this.pool = pool;
	}

	private record Row(long id, Long contactId, LocalDateTime createdAt, long customerId, LocalDateTime endAt,
			String notes, String place, Long requestId, long salesRepId, LocalDateTime startAt, String status,
			String subject, LocalDateTime updatedAt, long version) {

	}

	String json(AccessTokens.Caller caller, int limit, Instant now) throws SQLException {
		return this.pool.inTransaction((connection) -> {
			List<Row> rows = select(connection, caller.userId(), limit, now);
			Set<Long> customerIds = new LinkedHashSet<>();
			Set<Long> contactIds = new LinkedHashSet<>();
			for (Row row : rows) {
				customerIds.add(row.customerId());
				if (row.contactId() != null) {
					contactIds.add(row.contactId());
				}
			}
			Long owner = caller.ownerScope();
			Map<Long, String> customers = names(connection, CUSTOMER_NAMES, " AND owner_id = ?", customerIds, owner,
					false);
			Map<Long, String> contacts = names(connection, CONTACT_NAMES, " AND c.owner_id = ?", contactIds, owner,
					true);
			Map<Long, String> users = UserNames.all(connection);
			Json json = new Json().open('[');
			for (Row row : rows) {
				json.open('{')
					.field("id", row.id())
					.field("salesRepId", row.salesRepId())
					.field("salesRepName", users.get(row.salesRepId()))
					.field("customerId", row.customerId())
					.field("customerName", customers.get(row.customerId()))
					.field("contactId", row.contactId())
					.field("contactName", (row.contactId() != null) ? contacts.get(row.contactId()) : null)
					.field("startAt", Rows.instant(row.startAt()))
					.field("endAt", Rows.instant(row.endAt()))
					.field("place", row.place())
					.field("subject", row.subject())
					.field("notes", row.notes())
					.field("status", row.status())
					.field("requestId", row.requestId())
					.field("createdAt", Rows.instant(row.createdAt()))
					.field("updatedAt", Rows.instant(row.updatedAt()))
					.field("version", row.version())
					.close('}');
			}
			return json.close(']').toString();
		});
	}

	private static List<Row> select(Connection connection, long salesRepId, int limit, Instant now)
			throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(SELECT)) {
			select.setLong(1, salesRepId);
			select.setObject(2, Rows.utc(now.minus(MAX_DURATION)));
			select.setObject(3, Rows.utc(now));
			select.setInt(4, limit);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rows.add(new Row(rs.getLong(1), Rows.longOrNull(rs, 4), Rows.dateTime(rs, 12), rs.getLong(3),
							Rows.dateTime(rs, 6), rs.getString(9), rs.getString(7), Rows.longOrNull(rs, 11),
							rs.getLong(2), Rows.dateTime(rs, 5), rs.getString(10), rs.getString(8),
							Rows.dateTime(rs, 13), rs.getLong(14)));
				}
			}
		}
		return rows;
	}

	/**
	 * Names by id, in one statement with an IN list written as Spring's JdbcClient writes
	 * it; none asked when there is no id (as the server).
	 */
	private static Map<Long, String> names(Connection connection, String sql, String ownerCondition,
			Collection<Long> ids, Long owner, boolean person) throws SQLException {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		String statement = sql.formatted(String.join(", ", Collections.nCopies(ids.size(), "?")))
				+ ((owner != null) ? ownerCondition : "");
		try (PreparedStatement select = connection.prepareStatement(statement)) {
			int p = 1;
			for (long id : ids) {
				select.setLong(p++, id);
			}
			if (owner != null) {
				select.setLong(p, owner);
			}
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					// Customers.contactNames strips a contact's full name; company names
					// are
					// left as stored
					names.put(rs.getLong(1),
							person ? (rs.getString(2) + " " + rs.getString(3)).strip() : rs.getString(2));
				}
			}
		}
		return names;
	}

}
