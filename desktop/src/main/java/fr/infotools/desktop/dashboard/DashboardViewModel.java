package fr.infotools.desktop.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.infotools.desktop.api.model.Dashboard;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.ViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The figures of a period (by default the last twelve months, as the server counts them)
 * and the indicators drawn from them.
 */
public class DashboardViewModel extends ViewModel {

	private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");

	private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

	private final ObjectProperty<Dashboard> figures = new SimpleObjectProperty<>(this, "figures");

	public DashboardViewModel(Context context) {
		super(context);
		lastTwelveMonths();
	}

	public ObjectProperty<LocalDate> fromProperty() {
		return this.from;
	}

	public ObjectProperty<LocalDate> toProperty() {
		return this.to;
	}

	public ObjectProperty<Dashboard> figuresProperty() {
		return this.figures;
	}

	protected LocalDate today() {
		return LocalDate.now(this.context.clock().withZone(Formats.ZONE));
	}

	public void lastTwelveMonths() {
		this.to.set(today());
		this.from.set(today().minusMonths(12).plusDays(1));
	}

	public void thisMonth() {
		this.from.set(today().withDayOfMonth(1));
		this.to.set(today());
	}

	public void thisYear() {
		this.from.set(today().withDayOfYear(1));
		this.to.set(today());
	}

	public void lastYear() {
		LocalDate start = today().minusYears(1).withDayOfYear(1);
		this.from.set(start);
		this.to.set(start.plusYears(1).minusDays(1));
	}

	/** Checks the period; marks the field in error. */
	protected boolean periodIsValid() {
		clearErrors();
		if (!required("from", this.from.get()) | !required("to", this.to.get())) {
			return false;
		}
		if (this.from.get().isAfter(this.to.get())) {
			rejectField("to", i18n().get("validation.period"));
			return false;
		}
		return true;
	}

	/** Loads the figures of the period. */
	public void load() {
		if (!periodIsValid()) {
			return;
		}
		LocalDate start = this.from.get();
		LocalDate end = this.to.get();
		call(() -> this.context.backend().statistics().dashboard(start, end), this.figures::set);
	}

	/** The indicators of the loaded figures, in the order of the screen. */
	public List<Indicator> indicators() {
		Dashboard figures = this.figures.get();
		List<Indicator> indicators = new ArrayList<>();
		if (figures == null) {
			return indicators;
		}
		Formats formats = formats();
		Dashboard.InvoiceFigures invoices = figures.invoices();
		indicators.add(new Indicator("revenue", formats.money(figures.revenue()),
				i18n().get("kpi.revenue.detail", formats.integer(invoices.issued())), false));
		indicators.add(new Indicator("margin", formats.money(figures.margin()),
				i18n().get("kpi.margin.detail", formats.rate(figures.marginRate())), false));
		indicators.add(new Indicator("marginRate", formats.rate(figures.marginRate()), "", false));
		indicators.add(new Indicator("openAmount", formats.money(invoices.openAmount()),
				i18n().get("kpi.openAmount.detail", formats.integer(invoices.issued() - invoices.paid())), false));
		indicators.add(new Indicator("overdue", formats.integer(invoices.overdue()),
				i18n().get("kpi.overdue.detail", formats.money(invoices.overdueAmount())), invoices.overdue() > 0));
		indicators.add(new Indicator("conversionRate", formats.rate(figures.conversionRate()),
				i18n().get("kpi.conversionRate.detail", formats.integer(figures.conversions()),
						formats.integer(figures.openProspects())),
				false));
		long planned = figures.appointmentsByRep().stream().mapToLong(Dashboard.RepAppointments::planned).sum();
		long done = figures.appointmentsByRep().stream().mapToLong(Dashboard.RepAppointments::done).sum();
		long cancelled = figures.appointmentsByRep().stream().mapToLong(Dashboard.RepAppointments::cancelled).sum();
		indicators
			.add(new Indicator("appointments", formats.integer(planned + done), i18n().get("kpi.appointments.detail",
					formats.integer(planned), formats.integer(done), formats.integer(cancelled)), false));
		indicators.add(new Indicator("lowStock", formats.integer(figures.lowStock().size()),
				figures.lowStock().stream().limit(3).map(Dashboard.LowStock::sku).collect(Collectors.joining(", ")),
				!figures.lowStock().isEmpty()));
		return indicators;
	}

	/**
	 * One indicator: {@code key} names its label ({@code kpi.<key>}), {@code value} and
	 * {@code detail} are formatted, {@code warning} asks for attention.
	 */
	public record Indicator(String key, String value, String detail, boolean warning) {
	}

}
