package fr.infotools.desktop.products;

import java.math.BigDecimal;

import fr.infotools.desktop.api.model.Availability;
import fr.infotools.desktop.api.model.Category;
import fr.infotools.desktop.api.model.MovementReason;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.StockAlert;
import fr.infotools.desktop.api.model.StockMovement;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.FormGrid;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Produits et stock: alerts, the catalogue, the product's form and its stock. */
public class ProductsView extends SplitPane implements Screen {

	private final ProductsViewModel model;

	private final I18n i18n;

	private final Formats formats;

	public ProductsView(Context context) {
		this.model = new ProductsViewModel(context);
		this.i18n = context.i18n();
		this.formats = context.formats();
		ScrollPane right = new ScrollPane(detail());
		right.setFitToWidth(true);
		getItems().addAll(list(), right);
		setDividerPositions(0.58);
		this.model.newProduct();
	}

	private Node list() {
		Label alerts = new Label();
		alerts.setId("stock-alerts");
		alerts.getStyleClass().add("alert-banner");
		alerts.setWrapText(true);
		alerts.textProperty()
			.bind(Bindings.createStringBinding(
					() -> this.model.alerts().isEmpty() ? ""
							: this.i18n.get("stock.alerts", this.model.alerts().size(),
									String.join(", ", this.model.alerts().stream().map(this::alertText).toList())),
					this.model.alerts()));
		alerts.visibleProperty().bind(alerts.textProperty().isNotEmpty());
		alerts.managedProperty().bind(alerts.visibleProperty());

		TextField search = new TextField();
		search.setId("products-search");
		search.setPromptText(this.i18n.get("products.search.prompt"));
		search.textProperty().bindBidirectional(this.model.searchProperty());
		PauseTransition typing = new PauseTransition(Duration.millis(350));
		typing.setOnFinished((event) -> this.model.search());
		search.textProperty().addListener((observable, before, now) -> typing.playFromStart());
		ComboBox<Category> category = new ComboBox<>();
		category.setId("products-category");
		category.getItems().add(null);
		category.getItems().addAll(Category.values());
		Ui.display(category, this.i18n::label, this.i18n.get("filter.allCategories"));
		category.valueProperty().bindBidirectional(this.model.categoryFilterProperty());
		category.valueProperty().addListener((observable, before, now) -> this.model.search());
		CheckBox active = new CheckBox(this.i18n.get("products.activeOnly"));
		active.setId("products-active");
		active.selectedProperty().bindBidirectional(this.model.activeOnlyProperty());
		active.selectedProperty().addListener((observable, before, now) -> this.model.search());

		TableView<Product> table = Ui.table("products-table");
		table.getColumns()
			.addAll(Ui.column(this.i18n.get("product.sku"), Product::sku, 105),
					Ui.column(this.i18n.get("product.name"), Product::name, 170),
					Ui.numberColumn(this.i18n.get("product.priceExcl"),
							(Product p) -> this.formats.money(p.unitPriceExclVat()), 85),
					Ui.numberColumn(this.i18n.get("product.marginRate"),
							(Product p) -> this.formats.rate(p.marginRate()), 62),
					Ui.numberColumn(this.i18n.get("product.stockLevel"),
							(Product p) -> (p.stockLevel() != null) ? this.formats.integer(p.stockLevel()) : "—", 48),
					Ui.column(this.i18n.get("product.availability"), (Product p) -> this.i18n.label(p.availability()),
							85));
		table.setRowFactory((view) -> new TableRow<>() {
			@Override
			protected void updateItem(Product item, boolean empty) {
				super.updateItem(item, empty);
				getStyleClass().removeAll("row-low", "row-out", "row-inactive");
				if (!empty && item != null) {
					if (item.availability() == Availability.LOW) {
						getStyleClass().add("row-low");
					}
					else if (item.availability() == Availability.OUT_OF_STOCK) {
						getStyleClass().add("row-out");
					}
					if (Boolean.FALSE.equals(item.active())) {
						getStyleClass().add("row-inactive");
					}
				}
			}
		});
		table.setItems(this.model.products());
		table.setPlaceholder(new Label(this.i18n.get("products.empty")));
		table.getSelectionModel()
			.selectedItemProperty()
			.addListener((observable, before, now) -> this.model.select(now));
		VBox box = new VBox(8, Ui.title(this.i18n.get("nav.products")), alerts, Ui.bar(search, category, active,
				Ui.button(this.i18n.get("action.refresh"), "products-refresh", this.model::load), Ui.busy(this.model)),
				table,
				Ui.pager(this.model.paging(), this.i18n, "products", this.model::previousPage, this.model::nextPage));
		box.setPadding(new Insets(12));
		return box;
	}

	private String alertText(StockAlert alert) {
		return alert.sku() + " (" + alert.stockLevel() + "/" + alert.reorderLevel() + ")";
	}

	private Node detail() {
		FormGrid form = new FormGrid(this.model);
		form.add("sku", this.i18n.get("product.sku"), text("product-sku", this.model.skuProperty()));
		form.add("name", this.i18n.get("product.name"), text("product-name", this.model.nameProperty()));
		TextArea description = new TextArea();
		description.setId("product-description");
		description.setPrefRowCount(2);
		description.setWrapText(true);
		description.textProperty().bindBidirectional(this.model.descriptionProperty());
		form.add("description", this.i18n.get("product.description"), description);
		ComboBox<Category> category = new ComboBox<>();
		category.setId("product-category");
		category.getItems().setAll(Category.values());
		Ui.display(category, this.i18n::label, "");
		category.valueProperty().bindBidirectional(this.model.categoryProperty());
		form.add("category", this.i18n.get("product.category"), category);
		form.add("unitPriceExclVat", this.i18n.get("product.priceExcl"),
				text("product-price", this.model.priceProperty()));
		form.add("purchaseCost", this.i18n.get("product.cost"), text("product-cost", this.model.costProperty()));
		ComboBox<BigDecimal> vat = new ComboBox<>();
		vat.setId("product-vat");
		vat.getItems().setAll(ProductsViewModel.VAT_RATES);
		Ui.display(vat, this.formats::percent, "");
		vat.valueProperty().bindBidirectional(this.model.vatRateProperty());
		form.add("vatRate", this.i18n.get("product.vatRate"), vat);
		Label preview = new Label();
		preview.setId("product-preview");
		preview.getStyleClass().add("hint");
		preview.setWrapText(true);
		preview.textProperty().bind(this.model.pricePreviewProperty());
		form.addRow("", preview);
		CheckBox featured = check("product-featured", "product.featured", this.model.featuredProperty());
		CheckBox active = check("product-active", "product.active", this.model.activeProperty());
		CheckBox stocked = check("product-stockManaged", "product.stockManaged", this.model.stockManagedProperty());
		form.addRow("", Ui.bar(featured, active, stocked));
		form.add("reorderLevel", this.i18n.get("product.reorderLevel"),
				text("product-reorderLevel", this.model.reorderLevelProperty()));

		Label heading = new Label();
		heading.getStyleClass().add("section-title");
		heading.textProperty()
			.bind(Bindings.createStringBinding(() -> (this.model.latestProperty().get() == null)
					? this.i18n.get("product.new")
					: this.model.latestProperty().get().sku() + " — " + stockText(this.model.latestProperty().get()),
					this.model.latestProperty()));
		heading.setId("product-heading");
		Button save = Ui.button(this.i18n.get("action.save"), "product-save", this.model::save);
		Button create = Ui.button(this.i18n.get("product.new"), "product-new", this.model::newProduct);
		Button reload = Ui.button(this.i18n.get("action.reload"), "product-reload", this.model::reload);
		Button delete = Ui.button(this.i18n.get("action.delete"), "product-delete", () -> {
			if (Ui.confirm(getScene().getWindow(), this.i18n,
					this.i18n.get("product.delete.confirm", this.model.editingProperty().get().sku()))) {
				this.model.delete();
			}
		});
		reload.disableProperty().bind(this.model.editingProperty().isNull());
		delete.disableProperty().bind(this.model.editingProperty().isNull());
		VBox productCard = Ui.card(heading, form, Ui.bar(save, create, reload, delete), Ui.messages(this.model));

		TableView<StockMovement> movements = Ui.table("movements-table");
		movements.getColumns()
			.addAll(Ui.column(this.i18n.get("stock.date"), (StockMovement m) -> this.formats.date(m.createdAt()), 75),
					Ui.numberColumn(this.i18n.get("stock.quantity"),
							(StockMovement m) -> ((m.quantity() > 0) ? "+" : "") + m.quantity(), 40),
					Ui.column(this.i18n.get("stock.reason"), (StockMovement m) -> this.i18n.label(m.reason()), 110),
					Ui.column(this.i18n.get("stock.reference"), StockMovement::reference, 100),
					Ui.column(this.i18n.get("stock.comment"), StockMovement::comment, 90),
					Ui.column(this.i18n.get("stock.user"), StockMovement::userName, 90));
		movements.setItems(this.model.movements());
		movements.setPrefHeight(180);
		movements.setPlaceholder(new Label(this.i18n.get("stock.noMovement")));
		FormGrid move = new FormGrid(this.model);
		ComboBox<MovementReason> reason = new ComboBox<>();
		reason.setId("movement-reason");
		reason.getItems().setAll(MovementReason.RESTOCK, MovementReason.ADJUSTMENT);
		Ui.display(reason, this.i18n::label, "");
		reason.valueProperty().bindBidirectional(this.model.movementReasonProperty());
		move.add("reason", this.i18n.get("stock.reason"), reason);
		TextField quantity = text("movement-quantity", this.model.movementQuantityProperty());
		quantity.setPromptText(this.i18n.get("stock.quantity.prompt"));
		move.add("quantity", this.i18n.get("stock.quantity"), quantity);
		move.add("reference", this.i18n.get("stock.reference"),
				text("movement-reference", this.model.movementReferenceProperty()));
		move.add("comment", this.i18n.get("stock.comment"),
				text("movement-comment", this.model.movementCommentProperty()));
		Button record = Ui.button(this.i18n.get("stock.record"), "movement-record", this.model::recordMovement);
		VBox stockCard = Ui.card(Ui.section(this.i18n.get("stock.title")), movements,
				Ui.pager(this.model.movementPaging(), this.i18n, "movements", this.model::previousMovements,
						this.model::nextMovements),
				move, record);
		stockCard.disableProperty()
			.bind(Bindings.createBooleanBinding(
					() -> this.model.editingProperty().get() == null
							|| !Boolean.TRUE.equals(this.model.editingProperty().get().stockManaged()),
					this.model.editingProperty()));
		VBox box = new VBox(12, productCard, stockCard);
		box.setPadding(new Insets(12));
		return box;
	}

	private String stockText(Product product) {
		if (!Boolean.TRUE.equals(product.stockManaged())) {
			return this.i18n.label(Availability.NOT_STOCKED);
		}
		return this.i18n.get("product.inStock", product.stockLevel(), this.i18n.label(product.availability()));
	}

	private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
		CheckBox box = new CheckBox(this.i18n.get(key));
		box.setId(id);
		box.selectedProperty().bindBidirectional(property);
		return box;
	}

	private static TextField text(String id, javafx.beans.property.StringProperty property) {
		TextField field = new TextField();
		field.setId(id);
		field.textProperty().bindBidirectional(property);
		return field;
	}

	public ProductsViewModel model() {
		return this.model;
	}

	@Override
	public Node view() {
		return this;
	}

	@Override
	public void shown() {
		this.model.load();
		if (this.model.editingProperty().get() != null) {
			this.model.reloadQuietly();
		}
	}

}
