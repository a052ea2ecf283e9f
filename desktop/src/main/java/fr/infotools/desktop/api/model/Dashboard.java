package fr.infotools.desktop.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The statistics of a period. */
public record Dashboard(LocalDate from, LocalDate to, BigDecimal revenue, BigDecimal margin, BigDecimal marginRate,
		InvoiceFigures invoices, Long conversions, Long openProspects, BigDecimal conversionRate,
		List<MonthFigures> byMonth, List<RepFigures> byRep, List<CategoryFigures> byCategory,
		List<ProductFigures> topProducts, List<RepAppointments> appointmentsByRep, List<LowStock> lowStock) {

	/** Invoices issued in the period, and what they still owe. */
	public record InvoiceFigures(Long issued, Long paid, Long overdue, Long creditNotes, BigDecimal openAmount,
			BigDecimal overdueAmount) {
	}

	/** Revenue and margin of a month. */
	public record MonthFigures(Integer year, Integer month, BigDecimal revenue, BigDecimal margin) {
	}

	/** Revenue and margin of a sales rep. */
	public record RepFigures(Long salesRepId, String salesRep, BigDecimal revenue, BigDecimal margin, Long invoices) {
	}

	/** Revenue and margin of a category. */
	public record CategoryFigures(String category, BigDecimal revenue, BigDecimal margin) {
	}

	/** A best-selling product. */
	public record ProductFigures(Long productId, String sku, String name, Long quantity, BigDecimal revenue) {
	}

	/** Appointments of a rep. */
	public record RepAppointments(Long salesRepId, String salesRep, Long planned, Long done, Long cancelled) {
	}

	/** A product at or under its reorder level. */
	public record LowStock(Long productId, String sku, String name, Integer quantity, Integer reorderLevel) {
	}

}
