package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Scenario 3, {@code GET /api/v1/customers/{id}/purchases}: a customer's purchase recap,
 * 404 when the caller may not see the customer. As in the server the customer is read
 * twice, each time in its own transaction: by the record guard of
 * {@code /api/v1/customers/{id}/**} (CustomerGuard), then by Purchases.of before the four
 * statements of InvoiceQueries (copied here). The JSON is PurchasesController's
 * PurchasesResponse.
 */
final class PurchaseRecap {

	/** CustomerRepository.findById, as Hibernate writes it for MariaDB. */
	static final String CUSTOMER = "select c1_0.id,c1_0.address_line,c1_0.city,c1_0.company_name,c1_0.converted_at,"
			+ "c1_0.country,c1_0.created_at,c1_0.email,c1_0.notes,c1_0.owner_id,c1_0.phone,c1_0.postal_code,"
			+ "c1_0.siren,c1_0.type,c1_0.updated_at,c1_0.version from customers c1_0 where c1_0.id=?";

	/** Open invoices: issued or partly paid. */
	private static final String OPEN = "kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID')";

	/** Invoices count positively and credit notes negatively. */
	private static final String SIGN = "(CASE WHEN kind = 'INVOICE' THEN 1 ELSE -1 END)";

	static final String TOTALS = """
			SELECT COALESCE(SUM(%1$s * total_excl_vat), 0) AS excl_vat,
			       COALESCE(SUM(%1$s * total_incl_vat), 0) AS incl_vat,
			       COALESCE(SUM(CASE WHEN %2$s THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS due,
			       COALESCE(SUM(CASE WHEN %2$s AND due_date < ?
			                         THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS overdue
			FROM invoices
			WHERE customer_id = ? AND status <> 'DRAFT'"""
		.formatted(SIGN, OPEN);

	static final String DOCUMENTS = """
			SELECT id, kind, number, status, issue_date, due_date, total_excl_vat, total_vat, total_incl_vat,
			       amount_paid,
			       CASE WHEN %1$s THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END AS amount_due,
			       CASE WHEN %1$s AND due_date < ? THEN 1 ELSE 0 END AS overdue
			FROM invoices
			WHERE customer_id = ? AND status <> 'DRAFT'
			ORDER BY issue_date DESC, id DESC""".formatted(OPEN);

	static final String YEARS = """
			SELECT YEAR(issue_date) AS y,
			       SUM(CASE WHEN kind = 'INVOICE' THEN 1 ELSE 0 END) AS invoices,
			       SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN 1 ELSE 0 END) AS credit_notes,
			       SUM(%1$s * total_excl_vat) AS excl_vat, SUM(%1$s * total_incl_vat) AS incl_vat
			FROM invoices
			WHERE customer_id = ? AND status <> 'DRAFT'
			GROUP BY YEAR(issue_date)
			ORDER BY y""".formatted(SIGN);

	static final String PRODUCTS = """
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
			ORDER BY amount DESC, l.product_id""";

	private final ConnectionPool pool;

	PurchaseRecap(ConnectionPool pool) {
		this.pool = pool;
	}

	/**
	 * @param today the day in Paris: what is overdue
	 * @throws Problem 404 when the customer does not exist or is another rep's
	 */
	String json(AccessTokens.Caller caller, long customerId, LocalDate today) throws SQLException {
		this.pool.inTransaction((connection) -> customer(connection, caller, customerId));
		return this.pool.inTransaction((connection) -> {
			String companyName = customer(connection, caller, customerId);
			Json json = new Json().open('{').field("customerId", customerId).field("companyName", companyName);
			BigDecimal[] totals = totals(connection, customerId, today);
			json.name("invoices").open('[');
			documents(connection, customerId, today, json);
			json.close(']').name("years").open('[');
			years(connection, customerId, json);
			json.close(']').name("products").open('[');
			products(connection, customerId, json);
			return json.close(']')
				.money("totalExclVat", totals[0])
				.money("totalInclVat", totals[1])
				.money("amountDue", totals[2])
				.money("overdueAmount", totals[3])
				.close('}')
				.toString();
		});
	}

	/** Customers.get: the company name of a customer the caller may see. */
	private static String customer(Connection connection, AccessTokens.Caller caller, long customerId)
			throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(CUSTOMER)) {
			select.setLong(1, customerId);
			try (ResultSet rs = select.executeQuery()) {
				Long owner = caller.ownerScope();
				if (!rs.next() || (owner != null && rs.getLong("owner_id") != owner)) {
					throw Problem.notFound();
				}
				return rs.getString("company_name");
			}
		}
	}

	private static BigDecimal[] totals(Connection connection, long customerId, LocalDate today) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(TOTALS)) {
			select.setObject(1, today);
			select.setLong(2, customerId);
			try (ResultSet rs = select.executeQuery()) {
				rs.next();
				return new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4) };
			}
		}
	}

	private static void documents(Connection connection, long customerId, LocalDate today, Json json)
			throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(DOCUMENTS)) {
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
	}

	private static void years(Connection connection, long customerId, Json json) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(YEARS)) {
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
	}

	private static void products(Connection connection, long customerId, Json json) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(PRODUCTS)) {
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
	}

}
