package fr.infotools.desktop.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import fr.infotools.desktop.api.model.Category;
import fr.infotools.desktop.api.model.Dashboard;
import fr.infotools.desktop.ui.I18n;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The four charts of the statistics: revenue by month, margin by month, revenue by rep
 * and by category. Shared by the dashboard and the statistics screen.
 */
public class DashboardCharts extends GridPane {

	private final I18n i18n;

	private final BarChart<String, Number> revenueByMonth = bar("chart-revenue-month");

	private final LineChart<String, Number> marginByMonth = new LineChart<>(new CategoryAxis(), new NumberAxis());

	private final BarChart<String, Number> revenueByRep = bar("chart-revenue-rep");

	private final PieChart revenueByCategory = new PieChart();

	private final DateTimeFormatter month;

	public DashboardCharts(I18n i18n) {
		this.i18n = i18n;
		this.month = DateTimeFormatter.ofPattern("MMM yy", i18n.locale());
		setHgap(8);
		setVgap(8);
		this.revenueByMonth.setTitle(i18n.get("chart.revenueByMonth"));
		this.marginByMonth.setTitle(i18n.get("chart.marginByMonth"));
		this.marginByMonth.setId("chart-margin-month");
		this.marginByMonth.setAnimated(false);
		this.marginByMonth.setLegendVisible(false);
		this.marginByMonth.setCreateSymbols(true);
		this.revenueByRep.setTitle(i18n.get("chart.revenueByRep"));
		this.revenueByCategory.setTitle(i18n.get("chart.revenueByCategory"));
		this.revenueByCategory.setId("chart-revenue-category");
		this.revenueByCategory.setAnimated(false);
		this.revenueByCategory.setLegendSide(Side.RIGHT);
		this.revenueByCategory.setLabelsVisible(false);
		add(this.revenueByMonth, 0, 0);
		add(this.marginByMonth, 1, 0);
		add(this.revenueByRep, 0, 1);
		add(this.revenueByCategory, 1, 1);
		for (var chart : new javafx.scene.chart.Chart[] { this.revenueByMonth, this.marginByMonth, this.revenueByRep,
				this.revenueByCategory }) {
			chart.setMinSize(200, 160);
			chart.setPrefSize(420, 240);
			GridPane.setHgrow(chart, Priority.ALWAYS);
			GridPane.setVgrow(chart, Priority.ALWAYS);
		}
	}

	private static BarChart<String, Number> bar(String id) {
		BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
		chart.setId(id);
		chart.setAnimated(false);
		chart.setLegendVisible(false);
		chart.setCategoryGap(6);
		return chart;
	}

	public void show(Dashboard figures) {
		XYChart.Series<String, Number> revenue = new XYChart.Series<>();
		XYChart.Series<String, Number> margin = new XYChart.Series<>();
		revenue.setName(this.i18n.get("kpi.revenue"));
		margin.setName(this.i18n.get("kpi.margin"));
		if (figures != null) {
			for (Dashboard.MonthFigures month : figures.byMonth()) {
				String label = this.month.format(YearMonth.of(month.year(), month.month()));
				revenue.getData().add(new XYChart.Data<>(label, euros(month.revenue())));
				margin.getData().add(new XYChart.Data<>(label, euros(month.margin())));
			}
		}
		this.revenueByMonth.setData(FXCollections.observableArrayList(java.util.List.of(revenue)));
		this.marginByMonth.setData(FXCollections.observableArrayList(java.util.List.of(margin)));

		XYChart.Series<String, Number> byRep = new XYChart.Series<>();
		byRep.setName(this.i18n.get("kpi.revenue"));
		if (figures != null) {
			for (Dashboard.RepFigures rep : figures.byRep()) {
				byRep.getData().add(new XYChart.Data<>(rep.salesRep(), euros(rep.revenue())));
			}
		}
		this.revenueByRep.setData(FXCollections.observableArrayList(java.util.List.of(byRep)));

		this.revenueByCategory.getData().clear();
		if (figures != null) {
			for (Dashboard.CategoryFigures category : figures.byCategory()) {
				this.revenueByCategory.getData()
					.add(new PieChart.Data(categoryLabel(category.category()), euros(category.revenue())));
			}
		}
	}

	private String categoryLabel(String category) {
		try {
			return this.i18n.label(Category.valueOf(category));
		}
		catch (IllegalArgumentException ex) {
			return category;
		}
	}

	private static double euros(BigDecimal amount) {
		return (amount != null) ? amount.doubleValue() : 0;
	}

}
