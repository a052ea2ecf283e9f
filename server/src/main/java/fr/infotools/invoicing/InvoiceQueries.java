package fr.infotools.invoicing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only figures computed by the database (SQL that runs unchanged on H2 and MariaDB):
 * nothing is loaded row by row to be added up in Java.
 */
@Repository
class InvoiceQueries {

	/** Open invoices: issued or partly paid (a paid or credited one owes nothing). */
	private static final String OPEN = "kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID')";

	/** Invoices count positively and credit notes negatively. */
	private static final String SIGN = "(CASE WHEN kind = 'INVOICE' THEN 1 ELSE -1 END)";

	private final JdbcClient jdbc;

	InvoiceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The company names of the given customers. */
	Map<Long, String> customerNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, company_name FROM customers WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("company_name")))
			.list();
		return names;
	}

	/**
	 * Issued invoices less credit notes, excl. VAT, issued in {@code [from, to]}, of the
	 * customers of one owner (or of all when {@code owner} is null).
	 */
	Money revenue(Long salesRepId, LocalDate from, LocalDate to) {
		String sql = """
				SELECT COALESCE(SUM(%s * total_excl_vat), 0)
				FROM invoices
				WHERE status <> 'DRAFT' AND issue_date BETWEEN :from AND :to""".formatted(SIGN);
		if (salesRepId != null) {
			sql += " AND sales_rep_id = :rep";
		}
		JdbcClient.StatementSpec query = this.jdbc.sql(sql).param("from", from).param("to", to);
		if (salesRepId != null) {
			query = query.param("rep", salesRepId);
		}
		return new Money(query.query(java.math.BigDecimal.class).single());
	}

	/** A customer's issued documents, latest first. */
	List<PurchaseRecap.Document> documents(long customerId, LocalDate today) {
		return this.jdbc.sql("""
				SELECT id, kind, number, status, issue_date, due_date, total_excl_vat, total_vat, total_incl_vat,
				       amount_paid,
				       CASE WHEN %1$s THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END AS amount_due,
				       CASE WHEN %1$s AND due_date < :today THEN 1 ELSE 0 END AS overdue
				FROM invoices
				WHERE customer_id = :customer AND status <> 'DRAFT'
				ORDER BY issue_date DESC, id DESC""".formatted(OPEN))
			.param("customer", customerId)
			.param("today", today)
			.query((rs, row) -> new PurchaseRecap.Document(rs.getLong("id"), InvoiceKind.valueOf(rs.getString("kind")),
					rs.getString("number"), InvoiceStatus.valueOf(rs.getString("status")),
					rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
					new Money(rs.getBigDecimal("total_excl_vat")), new Money(rs.getBigDecimal("total_vat")),
					new Money(rs.getBigDecimal("total_incl_vat")), new Money(rs.getBigDecimal("amount_paid")),
					new Money(rs.getBigDecimal("amount_due")), rs.getInt("overdue") == 1))
			.list();
	}

	/** A customer's purchases per year of issue, net of credit notes. */
	List<PurchaseRecap.Year> years(long customerId) {
		return this.jdbc.sql("""
				SELECT YEAR(issue_date) AS y,
				       SUM(CASE WHEN kind = 'INVOICE' THEN 1 ELSE 0 END) AS invoices,
				       SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN 1 ELSE 0 END) AS credit_notes,
				       SUM(%1$s * total_excl_vat) AS excl_vat, SUM(%1$s * total_incl_vat) AS incl_vat
				FROM invoices
				WHERE customer_id = :customer AND status <> 'DRAFT'
				GROUP BY YEAR(issue_date)
				ORDER BY y""".formatted(SIGN))
			.param("customer", customerId)
			.query((rs, row) -> new PurchaseRecap.Year(rs.getInt("y"), rs.getLong("invoices"),
					rs.getLong("credit_notes"), new Money(rs.getBigDecimal("excl_vat")),
					new Money(rs.getBigDecimal("incl_vat"))))
			.list();
	}

	/**
	 * The products a customer bought, net of credit notes (those entirely given back are
	 * left out), by amount.
	 */
	List<PurchaseRecap.ProductBought> products(long customerId) {
		return this.jdbc.sql("""
				SELECT l.product_id, p.sku, p.name,
				       SUM(CASE WHEN i.kind = 'INVOICE' THEN l.quantity ELSE -l.quantity END) AS quantity,
				       SUM(CASE WHEN i.kind = 'INVOICE' THEN l.net_amount ELSE -l.net_amount END) AS amount
				FROM invoice_lines l
				JOIN invoices i ON i.id = l.invoice_id
				JOIN products p ON p.id = l.product_id
				WHERE i.customer_id = :customer AND i.status <> 'DRAFT'
				GROUP BY l.product_id, p.sku, p.name
				HAVING SUM(CASE WHEN i.kind = 'INVOICE' THEN l.quantity ELSE -l.quantity END) <> 0
				    OR SUM(CASE WHEN i.kind = 'INVOICE' THEN l.net_amount ELSE -l.net_amount END) <> 0
				ORDER BY amount DESC, l.product_id""")
			.param("customer", customerId)
			.query((rs, row) -> new PurchaseRecap.ProductBought(rs.getLong("product_id"), rs.getString("sku"),
					rs.getString("name"), rs.getLong("quantity"), new Money(rs.getBigDecimal("amount"))))
			.list();
	}

	/**
	 * A customer's totals: invoiced less credited (excl. and incl. VAT), still due, and
	 * overdue.
	 */
	Money[] totals(long customerId, LocalDate today) {
		return this.jdbc
			.sql("""
					SELECT COALESCE(SUM(%1$s * total_excl_vat), 0) AS excl_vat,
					       COALESCE(SUM(%1$s * total_incl_vat), 0) AS incl_vat,
					       COALESCE(SUM(CASE WHEN %2$s THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS due,
					       COALESCE(SUM(CASE WHEN %2$s AND due_date < :today
					                         THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS overdue
					FROM invoices
					WHERE customer_id = :customer AND status <> 'DRAFT'"""
				.formatted(SIGN, OPEN))
			.param("customer", customerId)
			.param("today", today)
			.query((rs,
					row) -> new Money[] { new Money(rs.getBigDecimal("excl_vat")),
							new Money(rs.getBigDecimal("incl_vat")), new Money(rs.getBigDecimal("due")),
							new Money(rs.getBigDecimal("overdue")) })
			.single();
	}

}
