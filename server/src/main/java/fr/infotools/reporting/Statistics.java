package fr.infotools.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.Role;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.shared.BusinessRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the dashboard of a period with a handful of aggregate queries: nothing is
 * loaded row by row. Invoices count on their issue date (a day in Europe/Paris); credit
 * notes count negatively. The dashboard can be narrowed to one sales rep: their invoices,
 * their prospects and customers, their appointments (low stock stays the company's). It
 * is the one source of every figure: the JSON dashboard and the PDF report both show it.
 */
@Service
public class Statistics {

	/** Longest period a dashboard covers. */
	public static final int MAX_DAYS = 3 * 366;

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Signed amount of a document: credit notes subtract. */
	private static final String SIGN = "CASE WHEN i.kind = 'CREDIT_NOTE' THEN -1 ELSE 1 END";

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final Users users;

	private final Clock clock;

	Statistics(JdbcClient jdbc, AccessPolicy access, Users users, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.users = users;
		this.clock = clock;
	}

	/** The dashboard for the days {@code from} to {@code to}, both included. */
	@Transactional(readOnly = true)
	public Dashboard dashboard(LocalDate from, LocalDate to) {
		return dashboard(from, to, null);
	}

	/**
	 * The dashboard for the days {@code from} to {@code to}, both included, of one sales
	 * rep or (null) of everyone.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(LocalDate from, LocalDate to, Long salesRepId) {
		this.access.requireManager();
		checkPeriod(from, to);
		if (salesRepId != null) {
			salesRep(salesRepId);
		}
		Scope rep = new Scope(salesRepId);
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		BigDecimal[] totals = totals(from, to, rep);
		long conversions = count(
				"SELECT COUNT(*) FROM customers WHERE converted_at >= ? AND converted_at < ?" + rep.and("owner_id"),
				rep.params(utc(from), utc(to.plusDays(1))));
		long openProspects = count(
				"SELECT COUNT(*) FROM customers WHERE type = 'PROSPECT' AND created_at < ?" + rep.and("owner_id"),
				rep.params(utc(to.plusDays(1))));
		return new Dashboard(from, to, totals[0], totals[1], rate(totals[1], totals[0]), invoices(from, to, today, rep),
				conversions, openProspects,
				rate(BigDecimal.valueOf(conversions), BigDecimal.valueOf(conversions + openProspects)),
				byMonth(from, to, rep), byRep(from, to, rep), byCategory(from, to, rep), topProducts(from, to, rep),
				appointmentsByRep(from, to, rep), lowStock());
	}

	/**
	 * The sales rep a dashboard is narrowed to (422 on {@code rep} when the id is not a
	 * sales rep's).
	 */
	@Transactional(readOnly = true)
	public UserSummary salesRep(long salesRepId) {
		return this.users.find(salesRepId)
			.filter((user) -> user.role() == Role.SALES)
			.orElseThrow(() -> new BusinessRuleException("stats.rep-unknown", "rep", salesRepId));
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new BusinessRuleException("stats.period-order", "to");
		}
		if (to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
			throw new BusinessRuleException("stats.period-length", "to", MAX_DAYS);
		}
	}

	private BigDecimal[] totals(LocalDate from, LocalDate to, Scope rep) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(" + SIGN + " * i.total_excl_vat), 0) AS revenue, " + "COALESCE(SUM(" + SIGN
					+ " * (i.total_excl_vat - i.total_cost)), 0) AS margin "
					+ "FROM invoices i WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?"
					+ rep.and("i.sales_rep_id"))
			.params(rep.params(from, to))
			.query((rs,
					row) -> new BigDecimal[] { money(rs.getBigDecimal("revenue")), money(rs.getBigDecimal("margin")) })
			.single();
	}

	private Dashboard.Invoices invoices(LocalDate from, LocalDate to, LocalDate today, Scope rep) {
		return this.jdbc
			.sql("""
					SELECT
					  COALESCE(SUM(CASE WHEN kind = 'INVOICE' THEN 1 ELSE 0 END), 0) AS issued,
					  COALESCE(SUM(CASE WHEN kind = 'INVOICE' AND status = 'PAID' THEN 1 ELSE 0 END), 0) AS paid,
					  COALESCE(SUM(CASE WHEN kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < ? THEN 1 ELSE 0 END), 0) AS overdue,
					  COALESCE(SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN 1 ELSE 0 END), 0) AS credit_notes,
					  COALESCE(SUM(CASE WHEN kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID')
					      THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS open_amount,
					  COALESCE(SUM(CASE WHEN kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < ?
					      THEN total_incl_vat - amount_paid - amount_credited ELSE 0 END), 0) AS overdue_amount
					FROM invoices WHERE status <> 'DRAFT' AND issue_date BETWEEN ? AND ?"""
					+ rep.and("sales_rep_id"))
			.params(rep.params(today, today, from, to))
			.query((rs, row) -> new Dashboard.Invoices(rs.getLong("issued"), rs.getLong("paid"), rs.getLong("overdue"),
					rs.getLong("credit_notes"), money(rs.getBigDecimal("open_amount")),
					money(rs.getBigDecimal("overdue_amount"))))
			.single();
	}

	private List<Dashboard.MonthFigures> byMonth(LocalDate from, LocalDate to, Scope rep) {
		return this.jdbc
			.sql("SELECT YEAR(i.issue_date) AS y, MONTH(i.issue_date) AS m, " + "SUM(" + SIGN
					+ " * i.total_excl_vat) AS revenue, " + "SUM(" + SIGN
					+ " * (i.total_excl_vat - i.total_cost)) AS margin "
					+ "FROM invoices i WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?"
					+ rep.and("i.sales_rep_id") + " GROUP BY YEAR(i.issue_date), MONTH(i.issue_date) ORDER BY y, m")
			.params(rep.params(from, to))
			.query((rs, row) -> new Dashboard.MonthFigures(rs.getInt("y"), rs.getInt("m"),
					money(rs.getBigDecimal("revenue")), money(rs.getBigDecimal("margin"))))
			.list();
	}

	private List<Dashboard.RepFigures> byRep(LocalDate from, LocalDate to, Scope rep) {
		return this.jdbc
			.sql("SELECT i.sales_rep_id, u.display_name, " + "SUM(" + SIGN + " * i.total_excl_vat) AS revenue, "
					+ "SUM(" + SIGN + " * (i.total_excl_vat - i.total_cost)) AS margin, "
					+ "SUM(CASE WHEN i.kind = 'INVOICE' THEN 1 ELSE 0 END) AS invoices "
					+ "FROM invoices i JOIN users u ON u.id = i.sales_rep_id "
					+ "WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + rep.and("i.sales_rep_id")
					+ " GROUP BY i.sales_rep_id, u.display_name ORDER BY revenue DESC, u.display_name")
			.params(rep.params(from, to))
			.query((rs, row) -> new Dashboard.RepFigures(rs.getLong("sales_rep_id"), rs.getString("display_name"),
					money(rs.getBigDecimal("revenue")), money(rs.getBigDecimal("margin")), rs.getLong("invoices")))
			.list();
	}

	private List<Dashboard.CategoryFigures> byCategory(LocalDate from, LocalDate to, Scope rep) {
		return this.jdbc.sql("SELECT p.category, SUM(" + SIGN + " * l.net_amount) AS revenue, " + "SUM(" + SIGN
				+ " * (l.net_amount - l.quantity * l.unit_cost)) AS margin "
				+ "FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN products p ON p.id = l.product_id "
				+ "WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + rep.and("i.sales_rep_id")
				+ " GROUP BY p.category ORDER BY revenue DESC, p.category")
			.params(rep.params(from, to))
			.query((rs, row) -> new Dashboard.CategoryFigures(rs.getString("category"),
					money(rs.getBigDecimal("revenue")), money(rs.getBigDecimal("margin"))))
			.list();
	}

	private List<Dashboard.ProductFigures> topProducts(LocalDate from, LocalDate to, Scope rep) {
		return this.jdbc.sql("SELECT p.id, p.sku, p.name, SUM(" + SIGN + " * l.quantity) AS quantity, " + "SUM(" + SIGN
				+ " * l.net_amount) AS revenue "
				+ "FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN products p ON p.id = l.product_id "
				+ "WHERE i.status <> 'DRAFT' AND i.issue_date BETWEEN ? AND ?" + rep.and("i.sales_rep_id")
				+ " GROUP BY p.id, p.sku, p.name ORDER BY revenue DESC, p.sku LIMIT 10")
			.params(rep.params(from, to))
			.query((rs, row) -> new Dashboard.ProductFigures(rs.getLong("id"), rs.getString("sku"),
					rs.getString("name"), rs.getLong("quantity"), money(rs.getBigDecimal("revenue"))))
			.list();
	}

	private List<Dashboard.RepAppointments> appointmentsByRep(LocalDate from, LocalDate to, Scope rep) {
		return this.jdbc
			.sql("SELECT a.sales_rep_id, u.display_name, "
					+ "SUM(CASE WHEN a.status = 'PLANNED' THEN 1 ELSE 0 END) AS planned, "
					+ "SUM(CASE WHEN a.status = 'DONE' THEN 1 ELSE 0 END) AS done, "
					+ "SUM(CASE WHEN a.status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled "
					+ "FROM appointments a JOIN users u ON u.id = a.sales_rep_id "
					+ "WHERE a.start_at >= ? AND a.start_at < ?" + rep.and("a.sales_rep_id")
					+ " GROUP BY a.sales_rep_id, u.display_name ORDER BY u.display_name")
			.params(rep.params(utc(from), utc(to.plusDays(1))))
			.query((rs, row) -> new Dashboard.RepAppointments(rs.getLong("sales_rep_id"), rs.getString("display_name"),
					rs.getLong("planned"), rs.getLong("done"), rs.getLong("cancelled")))
			.list();
	}

	private List<Dashboard.LowStock> lowStock() {
		return this.jdbc.sql("""
				SELECT p.id, p.sku, p.name, s.quantity, p.reorder_level
				FROM stock_levels s JOIN products p ON p.id = s.product_id
				WHERE p.active = TRUE AND s.quantity <= p.reorder_level
				ORDER BY s.quantity, p.sku""")
			.query((rs, row) -> new Dashboard.LowStock(rs.getLong("id"), rs.getString("sku"), rs.getString("name"),
					rs.getInt("quantity"), rs.getInt("reorder_level")))
			.list();
	}

	private long count(String sql, List<Object> params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Start of a Paris day as a UTC timestamp, the way instants are stored. */
	private static LocalDateTime utc(LocalDate day) {
		return LocalDateTime.ofInstant(day.atStartOfDay(PARIS).toInstant(), ZoneOffset.UTC);
	}

	private static BigDecimal money(BigDecimal amount) {
		return ((amount != null) ? amount : BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
	}

	/** part ÷ whole to four decimals (0.2345 = 23.45 %), zero when there is no whole. */
	static BigDecimal rate(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO.setScale(4);
		}
		return part.divide(whole, 4, RoundingMode.HALF_UP);
	}

	/** All reps, or one: the condition and the parameter it adds to a query. */
	private record Scope(Long salesRepId) {

		String and(String column) {
			return (this.salesRepId != null) ? " AND " + column + " = ?" : "";
		}

		List<Object> params(Object... params) {
			List<Object> all = new ArrayList<>(List.of(params));
			if (this.salesRepId != null) {
				all.add(this.salesRepId);
			}
			return all;
		}

	}

}
