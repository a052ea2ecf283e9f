package fr.infotools.desktop.dashboard;

import fr.infotools.desktop.api.model.Dashboard;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Tableau de bord: indicator tiles, the four charts, and the products to restock. */
public class DashboardView extends VBox implements Screen {

	private final DashboardViewModel model;

	private final I18n i18n;

	private final FlowPane tiles = new FlowPane(8, 8);

	private final DashboardCharts charts;

	private final TableView<Dashboard.LowStock> lowStock = Ui.table("dashboard-low-stock");

	public DashboardView(Context context) {
		super(8);
		this.model = new DashboardViewModel(context);
		this.i18n = context.i18n();
		setPadding(new Insets(12));
		this.charts = new DashboardCharts(this.i18n);
		this.tiles.setId("dashboard-tiles");
		this.lowStock.getColumns()
			.addAll(Ui.column(this.i18n.get("product.sku"), Dashboard.LowStock::sku, 120),
					Ui.column(this.i18n.get("product.name"), Dashboard.LowStock::name, 260),
					Ui.numberColumn(this.i18n.get("product.stockLevel"), Dashboard.LowStock::quantity, 80),
					Ui.numberColumn(this.i18n.get("product.reorderLevel"), Dashboard.LowStock::reorderLevel, 80));
		this.lowStock.setPlaceholder(new Label(this.i18n.get("dashboard.noLowStock")));
		this.lowStock.setPrefWidth(360);
		VBox stock = new VBox(4, Ui.section(this.i18n.get("dashboard.lowStock")), this.lowStock);
		HBox.setHgrow(this.charts, Priority.ALWAYS);
		HBox body = new HBox(8, this.charts, stock);
		VBox.setVgrow(body, Priority.ALWAYS);
		VBox.setVgrow(this.lowStock, Priority.ALWAYS);
		getChildren().addAll(Ui.title(this.i18n.get("nav.dashboard")),
				new PeriodBar(this.model, this.i18n, "dashboard"), Ui.messages(this.model), this.tiles, body);
		this.model.figuresProperty().addListener((observable, before, figures) -> show(figures));
	}

	private void show(Dashboard figures) {
		this.tiles.getChildren().clear();
		for (DashboardViewModel.Indicator indicator : this.model.indicators()) {
			Label label = new Label(this.i18n.get("kpi." + indicator.key()));
			label.getStyleClass().add("tile-label");
			Label value = new Label(indicator.value());
			value.setId("kpi-" + indicator.key());
			value.getStyleClass().add("tile-value");
			Label detail = new Label(indicator.detail());
			detail.getStyleClass().add("tile-detail");
			detail.setWrapText(true);
			VBox tile = new VBox(2, label, value, detail);
			tile.getStyleClass().add("tile");
			if (indicator.warning()) {
				tile.getStyleClass().add("tile-warning");
			}
			this.tiles.getChildren().add(tile);
		}
		this.charts.show(figures);
		this.lowStock.getItems().setAll((figures != null) ? figures.lowStock() : java.util.List.of());
	}

	public DashboardViewModel model() {
		return this.model;
	}

	@Override
	public Node view() {
		return this;
	}

	@Override
	public void shown() {
		this.model.load();
	}

}
