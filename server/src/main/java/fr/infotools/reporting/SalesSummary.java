package fr.infotools.reporting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.invoicing.DocumentIssued;
import fr.infotools.invoicing.InvoiceKind;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The {@code sales_summary} table: what was sold per day and per month, per rep and per
 * product, with the totals over every rep (rep 0) and every product (product 0), so that
 * the dashboard sums a few thousand rows where the invoices hold millions of lines. Each
 * issued invoice or credit note adds to it in its own transaction; {@link #rebuild}
 * refills it from the invoices.
 */
@Component
public class SalesSummary {

	/** The rep and product ids that stand for "all of them". */
	static final long ALL = 0;

	private static final String SIGN = "CASE WHEN i.kind = 'CREDIT_NOTE' THEN -1 ELSE 1 END";

	private final javax.sql.DataSource dataSource;

	SalesSummary(javax.sql.DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Adds an issued document's lines, in the issuing transaction. */
	@EventListener
	void record(DocumentIssued document) throws SQLException {
		Map<Key, Figures> rows = new TreeMap<>();
		int sign = (document.kind() == InvoiceKind.CREDIT_NOTE) ? -1 : 1;
		for (Period period : Period.of(document.issueDate())) {
			for (long rep : new long[] { document.salesRepId(), ALL }) {
				for (DocumentIssued.Line line : document.lines()) {
					rows.computeIfAbsent(new Key(period, rep, line.productId()), (key) -> new Figures())
						.add(sign, line);
					rows.computeIfAbsent(new Key(period, rep, ALL), (key) -> new Figures()).add(sign, line);
				}
				rows.get(new Key(period, rep, ALL)).count(document.kind());
			}
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			upsert(connection, rows);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * One statement for all the rows of a document, in key order: concurrent issues lock
	 * the shared rows (the day's totals) in the same order and never deadlock.
	 */
	private static void upsert(Connection connection, Map<Key, Figures> rows) throws SQLException {
		StringBuilder sql = new StringBuilder("INSERT INTO sales_summary (period_kind, period, sales_rep_id, "
				+ "product_id, quantity, revenue, cost, invoices, credit_notes) VALUES ");
		sql.append("(?, ?, ?, ?, ?, ?, ?, ?, ?),".repeat(rows.size()));
		sql.setLength(sql.length() - 1);
		sql.append(" ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), "
				+ "revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost), "
				+ "invoices = invoices + VALUES(invoices), credit_notes = credit_notes + VALUES(credit_notes)");
		try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
			int p = 1;
			for (Map.Entry<Key, Figures> row : rows.entrySet()) {
				insert.setString(p++, row.getKey().period().kind());
				insert.setInt(p++, row.getKey().period().value());
				insert.setLong(p++, row.getKey().salesRepId());
				insert.setLong(p++, row.getKey().productId());
				insert.setLong(p++, row.getValue().quantity);
				insert.setBigDecimal(p++, row.getValue().revenue);
				insert.setBigDecimal(p++, row.getValue().cost);
				insert.setInt(p++, row.getValue().invoices);
				insert.setInt(p++, row.getValue().creditNotes);
			}
			insert.executeUpdate();
		}
	}

	/**
	 * Empties the summary and sums every issued document again, in the database: once per
	 * kind of period, rep or all reps, product or all products.
	 */
	public static void rebuild(Connection connection) throws SQLException {
		String day = "YEAR(i.issue_date) * 10000 + MONTH(i.issue_date) * 100 + DAY(i.issue_date)";
		String month = "YEAR(i.issue_date) * 100 + MONTH(i.issue_date)";
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM sales_summary");
			for (String[] period : new String[][] { { "D", day }, { "M", month } }) {
				for (String rep : new String[] { "i.sales_rep_id", "0" }) {
					for (String product : new String[] { "l.product_id", "0" }) {
						boolean counts = product.equals("0");
						statement.executeUpdate("INSERT INTO sales_summary (period_kind, period, sales_rep_id, "
								+ "product_id, quantity, revenue, cost, invoices, credit_notes) " + "SELECT '"
								+ period[0] + "', " + period[1] + ", " + rep + ", " + product + ", SUM(" + SIGN
								+ " * l.quantity), SUM(" + SIGN + " * l.net_amount), SUM(" + SIGN
								+ " * l.quantity * l.unit_cost), "
								+ (counts
										? "COUNT(DISTINCT CASE WHEN i.kind = 'INVOICE' THEN i.id END), "
												+ "COUNT(DISTINCT CASE WHEN i.kind = 'CREDIT_NOTE' THEN i.id END) "
										: "0, 0 ")
								+ "FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
								+ "WHERE i.status <> 'DRAFT' GROUP BY " + groupBy(period[1], rep, product));
					}
				}
			}
		}
	}

	/**
	 * The grouping expressions, without the constants (a number there is a column
	 * position).
	 */
	private static String groupBy(String... expressions) {
		return String.join(", ", java.util.Arrays.stream(expressions).filter((e) -> !e.equals("0")).toList());
	}

	/** A summary period: a day (yyyymmdd) or a month (yyyymm). */
	record Period(String kind, int value) implements Comparable<Period> {

		static List<Period> of(LocalDate date) {
			return List.of(day(date), month(YearMonth.from(date)));
		}

		static Period day(LocalDate date) {
			return new Period("D", date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth());
		}

		static Period month(YearMonth month) {
			return new Period("M", month.getYear() * 100 + month.getMonthValue());
		}

		@Override
		public int compareTo(Period other) {
			int byKind = this.kind.compareTo(other.kind);
			return (byKind != 0) ? byKind : Integer.compare(this.value, other.value);
		}

	}

	/**
	 * The summary rows that cover the days {@code from} to {@code to} exactly: whole
	 * months as month rows, the days of a month only partly in the period as day rows.
	 *
	 * @param months the first and last whole month, or none
	 * @param days at most two ranges of days, first and last
	 */
	record Coverage(List<Period> months, List<Period> days) {

		static Coverage of(LocalDate from, LocalDate to) {
			return of(from, to, null);
		}

		/**
		 * As {@link #of(LocalDate, LocalDate)}, knowing that nothing is counted after
		 * {@code lastCounted}: a month that ends after it is whole from
		 * {@code lastCounted} on (the current month of sales, dated today at the latest).
		 */
		static Coverage of(LocalDate from, LocalDate to, LocalDate lastCounted) {
			YearMonth first = YearMonth.from(from);
			YearMonth last = YearMonth.from(to);
			YearMonth firstWhole = (from.getDayOfMonth() == 1) ? first : first.plusMonths(1);
			boolean lastComplete = to.equals(last.atEndOfMonth()) || (lastCounted != null && !to.isBefore(lastCounted));
			YearMonth lastWhole = lastComplete ? last : last.minusMonths(1);
			if (firstWhole.isAfter(lastWhole)) {
				return new Coverage(List.of(), List.of(Period.day(from), Period.day(to)));
			}
			List<Period> days = new ArrayList<>();
			if (!firstWhole.equals(first)) {
				days.add(Period.day(from));
				days.add(Period.day(first.atEndOfMonth()));
			}
			if (!lastWhole.equals(last)) {
				days.add(Period.day(last.atDay(1)));
				days.add(Period.day(to));
			}
			return new Coverage(List.of(Period.month(firstWhole), Period.month(lastWhole)), days);
		}

		/**
		 * The SQL condition on {@code period_kind} and {@code period}, and its
		 * parameters.
		 */
		String condition(String alias, List<Object> params) {
			List<String> ranges = new ArrayList<>();
			if (!this.months.isEmpty()) {
				ranges.add("(" + alias + ".period_kind = 'M' AND " + alias + ".period BETWEEN ? AND ?)");
				params.add(this.months.get(0).value());
				params.add(this.months.get(1).value());
			}
			for (int i = 0; i < this.days.size(); i += 2) {
				ranges.add("(" + alias + ".period_kind = 'D' AND " + alias + ".period BETWEEN ? AND ?)");
				params.add(this.days.get(i).value());
				params.add(this.days.get(i + 1).value());
			}
			return "(" + String.join(" OR ", ranges) + ")";
		}

	}

	private record Key(Period period, long salesRepId, long productId) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byKind = this.period.kind().compareTo(other.period.kind());
			if (byKind != 0) {
				return byKind;
			}
			int byRep = Long.compare(this.salesRepId, other.salesRepId);
			if (byRep != 0) {
				return byRep;
			}
			int byPeriod = Integer.compare(this.period.value(), other.period.value());
			return (byPeriod != 0) ? byPeriod : Long.compare(this.productId, other.productId);
		}

	}

	private static final class Figures {

		private long quantity;

		private BigDecimal revenue = BigDecimal.ZERO.setScale(2);

		private BigDecimal cost = BigDecimal.ZERO.setScale(2);

		private int invoices;

		private int creditNotes;

		void add(int sign, DocumentIssued.Line line) {
			this.quantity += (long) sign * line.quantity();
			this.revenue = this.revenue.add(line.netAmount().amount().multiply(BigDecimal.valueOf(sign)));
			this.cost = this.cost.add(line.cost().amount().multiply(BigDecimal.valueOf(sign)));
		}

		void count(InvoiceKind kind) {
			if (kind == InvoiceKind.CREDIT_NOTE) {
				this.creditNotes++;
			}
			else {
				this.invoices++;
			}
		}

	}

}
