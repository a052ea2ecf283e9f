package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three reads of the benchmark, with the statements the server sends for them (read
 * off MariaDB's general log) and its JSON shapes: a rep's upcoming appointments, a
 * customer search by name prefix, a customer's purchase recap. A rep sees only their own;
 * a manager everyone's.
 */
final class Endpoints {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** An appointment not over yet started at most this long ago (the server's rule). */
	private static final Duration LONGEST_APPOINTMENT = Duration.ofHours(12);

	private static final String OPEN = "kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID')";

	private static final String SIGN = "(CASE WHEN kind = 'INVOICE' THEN 1 ELSE -1 END)";

	private Endpoints() {
	}

	/**
	 * @param owner the rep whose customers' names may be shown; null for a manager
	 */
	static String upcoming(Connection connection, long userId, Long owner, int limit, Instant now) throws SQLException {
		List<Object[]> rows = new ArrayList<>();
		Set<Long> customers = new LinkedHashSet<>();
		Set<Long> contacts = new LinkedHashSet<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT id, sales_rep_id, customer_id, contact_id, start_at, end_at, place, subject, notes, status,
				       request_id, created_at, updated_at, version
				FROM appointments
				WHERE sales_rep_id = ? AND start_at > ? AND end_at > ? AND status = 'PLANNED'
				ORDER BY start_at, id LIMIT ?""")) {
			select.setLong(1, userId);
			select.setObject(2, utc(now.minus(LONGEST_APPOINTMENT)));
			select.setObject(3, utc(now));
			select.setInt(4, limit);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					Object[] row = new Object[14];
					for (int i = 0; i < row.length; i++) {
						row[i] = rs.getObject(i + 1);
					}
					rows.add(row);
					customers.add(rs.getLong(3));
					if (row[3] != null) {
						contacts.add(rs.getLong(4));
					}
				}
			}
		}
		Map<Long, String> customerNames = names(connection,
				"SELECT id, company_name FROM customers WHERE id IN (%s) AND (? IS NULL OR owner_id = ?)", customers,
				owner);
		Map<Long, String> contactNames = names(connection, """
				SELECT ct.id, CONCAT(ct.first_name, ' ', ct.last_name) FROM contacts ct, customers c
				WHERE c.id = ct.customer_id AND ct.id IN (%s) AND (? IS NULL OR c.owner_id = ?)""", contacts, owner);
		Map<Long, String> users = userNames(connection);
		Json json = new Json().open('[');
		for (Object[] row : rows) {
			long rep = ((Number) row[1]).longValue();
			long customer = ((Number) row[2]).longValue();
			Long contact = (row[3] != null) ? ((Number) row[3]).longValue() : null;
			json.open('{')
				.field("id", ((Number) row[0]).longValue())
				.field("salesRepId", rep)
				.field("salesRepName", users.get(rep))
				.field("customerId", customer)
				.field("customerName", customerNames.get(customer))
				.field("contactId", contact)
				.field("contactName", (contact != null) ? contactNames.get(contact) : null)
				.field("startAt", instant(row[4]))
				.field("endAt", instant(row[5]))
				.field("place", row[6])
				.field("subject", row[7])
				.field("notes", row[8])
				.field("status", row[9])
				.field("requestId", (row[10] != null) ? ((Number) row[10]).longValue() : null)
				.field("createdAt", instant(row[11]))
				.field("updatedAt", instant(row[12]))
				.field("version", ((Number) row[13]).longValue())
				.close('}');
		}
		return json.close(']').toString();
	}

	/** Null owner: a manager, who sees every customer. */
	static String search(Connection connection, Long owner, String prefix, int page, int size) throws SQLException {
		String where = " FROM customers WHERE company_name LIKE ?" + ((owner != null) ? " AND owner_id = ?" : "");
		String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Map<Long, String> users = userNames(connection);
		Json json = new Json().open('{').name("items").open('[');
		try (PreparedStatement select = connection.prepareStatement("SELECT id, type, company_name, siren, email, "
				+ "phone, address_line, postal_code, city, country, notes, owner_id, converted_at, created_at, "
				+ "updated_at, version" + where + " ORDER BY company_name, id LIMIT ? OFFSET ?")) {
			int p = bind(select, pattern, owner);
			select.setInt(p++, size);
			select.setLong(p, (long) page * size);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					long ownerId = rs.getLong("owner_id");
					json.open('{')
						.field("id", rs.getLong("id"))
						.field("type", rs.getString("type"))
						.field("companyName", rs.getString("company_name"))
						.field("siren", rs.getString("siren"))
						.field("email", rs.getString("email"))
						.field("phone", rs.getString("phone"))
						.field("addressLine", rs.getString("address_line"))
						.field("postalCode", rs.getString("postal_code"))
						.field("city", rs.getString("city"))
						.field("country", rs.getString("country"))
						.field("notes", rs.getString("notes"))
						.field("ownerId", ownerId)
						.field("ownerName", users.get(ownerId))
						.field("convertedAt", instant(rs.getObject("converted_at")))
						.field("createdAt", instant(rs.getObject("created_at")))
						.field("updatedAt", instant(rs.getObject("updated_at")))
						.field("version", rs.getLong("version"))
						.close('}');
				}
			}
		}
		long total;
		try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
			bind(count, pattern, owner);
			try (ResultSet rs = count.executeQuery()) {
				rs.next();
				total = rs.getLong(1);
			}
		}
		return json.close(']')
			.field("page", page)
			.field("size", size)
			.field("totalItems", total)
			.field("totalPages", (total + size - 1) / size)
			.close('}')
			.toString();
	}

	/** The recap, or null when the customer is not one the user sees. */
	static String purchases(Connection connection, Long owner, long customerId, LocalDate today) throws SQLException {
		String companyName = null;
		try (PreparedStatement select = connection
			.prepareStatement("SELECT company_name, owner_id FROM customers WHERE id = ?")) {
			select.setLong(1, customerId);
			try (ResultSet rs = select.executeQuery()) {
				if (rs.next() && (owner == null || rs.getLong(2) == owner)) {
					companyName = rs.getString(1);
				}
			}
		}
		if (companyName == null) {
			return null;
		}
		Json json = new Json().open('{').field("customerId", customerId).field("companyName", companyName);
		Object[] totals = totals(connection, customerId, today);
		json.name("invoices").open('[');
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT id, kind, number, status, issue_date, due_date, total_excl_vat, total_vat, total_incl_vat,
				       amount_paid,
				       CASE WHEN %1$s THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END AS amount_due,
				       CASE WHEN %1$s AND due_date < ? THEN 1 ELSE 0 END AS overdue
				FROM invoices
				WHERE customer_id = ? AND status <> 'DRAFT'
				ORDER BY issue_date DESC, id DESC""".formatted(OPEN))) {
			select.setObject(1, today);
			select.setLong(2, customerId);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					json.open('{')
						.field("id", rs.getLong("id"))
						.field("kind", rs.getString("kind"))
						.field("number", rs.getString("number"))
						.field("status", rs.getString("status"))
						.field("issueDate", rs.getObject("issue_date", LocalDate.class))
						.field("dueDate", rs.getObject("due_date", LocalDate.class))
						.money("totalExclVat", rs.getBigDecimal("total_excl_vat"))
						.money("totalVat", rs.getBigDecimal("total_vat"))
						.money("totalInclVat", rs.getBigDecimal("total_incl_vat"))
						.money("amountPaid", rs.getBigDecimal("amount_paid"))
						.money("amountDue", rs.getBigDecimal("amount_due"))
						.field("overdue", rs.getInt("overdue") == 1)
						.close('}');
				}
			}
		}
		json.close(']').name("years").open('[');
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT YEAR(issue_date) AS y,
				       SUM(CASE WHEN kind = 'INVOICE' THEN 1 ELSE 0 END) AS invoices,
				       SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN 1 ELSE 0 END) AS credit_notes,
				       SUM(%1$s * total_excl_vat) AS excl_vat, SUM(%1$s * total_incl_vat) AS incl_vat
				FROM invoices
				WHERE customer_id = ? AND status <> 'DRAFT'
				GROUP BY YEAR(issue_date)
				ORDER BY y""".formatted(SIGN))) {
			select.setLong(1, customerId);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					json.open('{')
						.field("year", rs.getInt("y"))
						.field("invoices", rs.getLong("invoices"))
						.field("creditNotes", rs.getLong("credit_notes"))
						.money("totalExclVat", rs.getBigDecimal("excl_vat"))
						.money("totalInclVat", rs.getBigDecimal("incl_vat"))
						.close('}');
				}
			}
		}
		json.close(']').name("products").open('[');
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT l.product_id, p.sku, p.name,
				       SUM(CASE WHEN i.kind = 'INVOICE' THEN l.quantity ELSE -l.quantity END) AS quantity,
				       SUM(CASE WHEN i.kind = 'INVOICE' THEN l.net_amount ELSE -l.net_amount END) AS amount
				FROM invoice_lines l
				JOIN invoices i ON i.id = l.invoice_id
				JOIN products p ON p.id = l.product_id
				WHERE i.customer_id = ? AND i.status <> 'DRAFT'
				GROUP BY l.product_id, p.sku, p.name
				HAVING SUM(CASE WHEN i.kind = 'INVOICE' THEN l.quantity ELSE -l.quantity END) <> 0
				    OR SUM(CASE WHEN i.kind = 'INVOICE' THEN l.net_amount ELSE -l.net_amount END) <> 0
				ORDER BY amount DESC, l.product_id""")) {
			select.setLong(1, customerId);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					json.open('{')
						.field("productId", rs.getLong("product_id"))
						.field("sku", rs.getString("sku"))
						.field("name", rs.getString("name"))
						.field("quantity", rs.getLong("quantity"))
						.money("amountExclVat", rs.getBigDecimal("amount"))
						.close('}');
				}
			}
		}
		return json.close(']')
			.money("totalExclVat", (BigDecimal) totals[0])
			.money("totalInclVat", (BigDecimal) totals[1])
			.money("amountDue", (BigDecimal) totals[2])
			.money("overdueAmount", (BigDecimal) totals[3])
			.close('}')
			.toString();
	}

	private static Object[] totals(Connection connection, long customerId, LocalDate today) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"""
						SELECT COALESCE(SUM(%1$s * total_excl_vat), 0) AS excl_vat,
						       COALESCE(SUM(%1$s * total_incl_vat), 0) AS incl_vat,
						       COALESCE(SUM(CASE WHEN %2$s THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS due,
						       COALESCE(SUM(CASE WHEN %2$s AND due_date < ?
						                         THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS overdue
						FROM invoices
						WHERE customer_id = ? AND status <> 'DRAFT'"""
					.formatted(SIGN, OPEN))) {
			select.setObject(1, today);
			select.setLong(2, customerId);
			try (ResultSet rs = select.executeQuery()) {
				rs.next();
				return new Object[] { rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4) };
			}
		}
	}

	private static int bind(PreparedStatement statement, String pattern, Long owner) throws SQLException {
		statement.setString(1, pattern);
		if (owner != null) {
			statement.setLong(2, owner);
			return 3;
		}
		return 2;
	}

	private static Map<Long, String> names(Connection connection, String sql, Set<Long> ids, Long owner)
			throws SQLException {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		try (PreparedStatement select = connection
			.prepareStatement(sql.formatted(String.join(",", java.util.Collections.nCopies(ids.size(), "?"))))) {
			int p = 1;
			for (long id : ids) {
				select.setLong(p++, id);
			}
			select.setObject(p++, owner);
			select.setObject(p, owner);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					names.put(rs.getLong(1), rs.getString(2).strip());
				}
			}
		}
		return names;
	}

	private static Map<Long, String> userNames(Connection connection) throws SQLException {
		Map<Long, String> names = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT id, display_name FROM users");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				names.put(rs.getLong(1), rs.getString(2));
			}
		}
		return names;
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A DATETIME read as the UTC instant it stores, written as the server writes
	 * instants.
	 */
	private static String instant(Object value) {
		if (value == null) {
			return null;
		}
		LocalDateTime utc = (value instanceof Timestamp timestamp) ? timestamp.toLocalDateTime()
				: (LocalDateTime) value;
		return utc.toInstant(ZoneOffset.UTC).toString();
	}

}
