package fr.infotools.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The key figures of a period. Amounts are euros excl. VAT, net of credit notes.
 *
 * @param conversionRate prospects converted during the period ÷ (those + prospects still
 * open that existed by the end of the period), as a fraction between 0 and 1
 */
public record Dashboard(LocalDate from, LocalDate to, BigDecimal revenue, BigDecimal margin, BigDecimal marginRate,
		Invoices invoices, long conversions, long openProspects, BigDecimal conversionRate, List<MonthFigures> byMonth,
		List<RepFigures> byRep, List<CategoryFigures> byCategory, List<ProductFigures> topProducts,
		List<RepAppointments> appointmentsByRep, List<LowStock> lowStock) {

	/** Invoices issued in the period and where they stand today. */
	public record Invoices(long issued, long paid, long overdue, long creditNotes, BigDecimal openAmount,
			BigDecimal overdueAmount) {

	}

	public record MonthFigures(int year, int month, BigDecimal revenue, BigDecimal margin) {

	}

	public record RepFigures(long salesRepId, String salesRep, BigDecimal revenue, BigDecimal margin, long invoices) {

	}

	public record CategoryFigures(String category, BigDecimal revenue, BigDecimal margin) {

	}

	public record ProductFigures(long productId, String sku, String name, long quantity, BigDecimal revenue) {

	}

	public record RepAppointments(long salesRepId, String salesRep, long planned, long done, long cancelled) {

	}

	public record LowStock(long productId, String sku, String name, int quantity, int reorderLevel) {

	}

}
