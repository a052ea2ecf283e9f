package fr.infotools.desktop.statistics;

import java.math.BigDecimal;
import java.util.List;

import fr.infotools.desktop.api.model.Category;
import fr.infotools.desktop.api.model.Dashboard;
import fr.infotools.desktop.dashboard.DashboardCharts;
import fr.infotools.desktop.dashboard.PeriodBar;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Statistiques: period, charts, the tables behind them, PDF report and e-mail. */
public class StatisticsView extends VBox implements Screen {

	private final StatisticsViewModel model;

	private final DashboardCharts charts;

	private final TableView<Dashboard.RepFigures> byRep = Ui.table("stats-by-rep");

	private final TableView<Dashboard.CategoryFigures> byCategory = Ui.table("stats-by-category");

	private final TableView<Dashboard.ProductFigures> topProducts = Ui.table("stats-top-products");

	private final TableView<Dashboard.RepAppointments> appointments = Ui.table("stats-appointments");

	private final TableView<Dashboard.MonthFigures> byMonth = Ui.table("stats-by-month");

	private boolean loaded;

	public StatisticsView(Context context, HostActions host) {
		super(8);
		this.model = new StatisticsViewModel(context);
		I18n i18n = context.i18n();
		Formats formats = context.formats();
		java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
				i18n.locale());
		setPadding(new Insets(12));
		this.charts = new DashboardCharts(i18n);

		this.byMonth.getColumns()
			.addAll(Ui.column(i18n.get("stats.month"),
					(Dashboard.MonthFigures row) -> month.format(java.time.YearMonth.of(row.year(), row.month())), 90),
					Ui.numberColumn(i18n.get("kpi.revenue"),
							(Dashboard.MonthFigures row) -> formats.money(row.revenue()), 120),
					Ui.numberColumn(i18n.get("kpi.margin"), (Dashboard.MonthFigures row) -> formats.money(row.margin()),
							120));
		this.byRep.getColumns()
			.addAll(Ui.column(i18n.get("stats.rep"), Dashboard.RepFigures::salesRep, 140),
					Ui.numberColumn(i18n.get("kpi.revenue"), (Dashboard.RepFigures row) -> formats.money(row.revenue()),
							120),
					Ui.numberColumn(i18n.get("kpi.margin"), (Dashboard.RepFigures row) -> formats.money(row.margin()),
							120),
					Ui.numberColumn(i18n.get("stats.invoices"),
							(Dashboard.RepFigures row) -> formats.integer(row.invoices()), 80));
		this.byCategory.getColumns()
			.addAll(Ui.column(i18n.get("product.category"),
					(Dashboard.CategoryFigures row) -> category(i18n, row.category()), 140),
					Ui.numberColumn(i18n.get("kpi.revenue"),
							(Dashboard.CategoryFigures row) -> formats.money(row.revenue()), 120),
					Ui.numberColumn(i18n.get("kpi.margin"),
							(Dashboard.CategoryFigures row) -> formats.money(row.margin()), 120),
					Ui.numberColumn(i18n.get("kpi.marginRate"),
							(Dashboard.CategoryFigures row) -> rate(formats, row.margin(), row.revenue()), 80));
		this.topProducts.getColumns()
			.addAll(Ui.column(i18n.get("product.sku"), Dashboard.ProductFigures::sku, 120),
					Ui.column(i18n.get("product.name"), Dashboard.ProductFigures::name, 240),
					Ui.numberColumn(i18n.get("stats.quantity"),
							(Dashboard.ProductFigures row) -> formats.integer(row.quantity()), 70),
					Ui.numberColumn(i18n.get("kpi.revenue"),
							(Dashboard.ProductFigures row) -> formats.money(row.revenue()), 120));
		this.appointments.getColumns()
			.addAll(Ui.column(i18n.get("stats.rep"), Dashboard.RepAppointments::salesRep, 140),
					Ui.numberColumn(i18n.get("enum.AppointmentStatus.PLANNED"), Dashboard.RepAppointments::planned, 80),
					Ui.numberColumn(i18n.get("enum.AppointmentStatus.DONE"), Dashboard.RepAppointments::done, 80),
					Ui.numberColumn(i18n.get("enum.AppointmentStatus.CANCELLED"), Dashboard.RepAppointments::cancelled,
							80));
		TabPane tables = new TabPane(new Tab(i18n.get("stats.tab.months"), this.byMonth),
				new Tab(i18n.get("stats.tab.reps"), this.byRep),
				new Tab(i18n.get("stats.tab.categories"), this.byCategory),
				new Tab(i18n.get("stats.tab.products"), this.topProducts),
				new Tab(i18n.get("stats.tab.appointments"), this.appointments));
		tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
		tables.setPrefWidth(470);

		CheckBox openAfter = new CheckBox(i18n.get("stats.report.openAfter"));
		openAfter.setId("stats-open-after");
		Button export = Ui.button(i18n.get("stats.report.export"), "stats-export",
				() -> host
					.chooseSaveFile(getScene().getWindow(), i18n.get("stats.report.export"),
							this.model.reportFileName(), i18n.get("file.pdf"), "pdf")
					.ifPresent((file) -> this.model.exportPdf(file, (saved) -> {
						if (openAfter.isSelected()) {
							host.open(saved);
						}
					})));
		TextField recipients = new TextField();
		recipients.setId("stats-recipients");
		recipients.setPromptText(i18n.get("stats.recipients.prompt"));
		recipients.textProperty().bindBidirectional(this.model.recipientsProperty());
		HBox.setHgrow(recipients, Priority.ALWAYS);
		Ui.markInvalid(this.model, "recipients", recipients);
		TextField note = new TextField();
		note.setId("stats-message");
		note.setPromptText(i18n.get("stats.message.prompt"));
		note.textProperty().bindBidirectional(this.model.messageProperty());
		HBox.setHgrow(note, Priority.ALWAYS);
		Ui.markInvalid(this.model, "message", note);
		Button send = Ui.button(i18n.get("stats.report.send"), "stats-send", this.model::send);
		export.disableProperty().bind(this.model.busyProperty());
		send.disableProperty().bind(this.model.busyProperty());
		Label reportLabel = new Label(i18n.get("stats.report"));
		reportLabel.getStyleClass().add("section-title");
		HBox report = Ui.row(reportLabel, export, openAfter);
		HBox mail = Ui.row(new Label(i18n.get("stats.recipients")), recipients, new Label(i18n.get("stats.message")),
				note, send);

		HBox.setHgrow(this.charts, Priority.ALWAYS);
		HBox body = new HBox(8, this.charts, tables);
		VBox.setVgrow(body, Priority.ALWAYS);
		getChildren().addAll(Ui.title(i18n.get("nav.statistics")), new PeriodBar(this.model, i18n, "stats"), report,
				mail, Ui.messages(this.model), body);
		this.model.figuresProperty().addListener((observable, before, figures) -> {
			this.charts.show(figures);
			this.byMonth.getItems().setAll((figures != null) ? figures.byMonth() : List.of());
			this.byRep.getItems().setAll((figures != null) ? figures.byRep() : List.of());
			this.byCategory.getItems().setAll((figures != null) ? figures.byCategory() : List.of());
			this.topProducts.getItems().setAll((figures != null) ? figures.topProducts() : List.of());
			this.appointments.getItems().setAll((figures != null) ? figures.appointmentsByRep() : List.of());
		});
	}

	private static String category(I18n i18n, String name) {
		try {
			return i18n.label(Category.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

	private static String rate(Formats formats, BigDecimal margin, BigDecimal revenue) {
		if (margin == null || revenue == null || revenue.signum() == 0) {
			return "";
		}
		return formats.rate(margin.divide(revenue, 4, java.math.RoundingMode.HALF_UP));
	}

	public StatisticsViewModel model() {
		return this.model;
	}

	@Override
	public Node view() {
		return this;
	}

	@Override
	public void shown() {
		if (!this.loaded) {
			this.loaded = true;
			this.model.load();
		}
	}

}
