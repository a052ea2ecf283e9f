package fr.infotools.desktop.products;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import fr.infotools.desktop.api.ProductsApi;
import fr.infotools.desktop.api.model.Category;
import fr.infotools.desktop.api.model.MovementInput;
import fr.infotools.desktop.api.model.MovementReason;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.ProductInput;
import fr.infotools.desktop.api.model.StockAlert;
import fr.infotools.desktop.api.model.StockMovement;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Paging;
import fr.infotools.desktop.ui.PagedListViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The catalogue (paged, filtered), the form of a product with its price incl. VAT and
 * margin computed as the user types, its stock movements, restocks and adjustments, and
 * the low-stock alerts.
 */
public class ProductsViewModel extends PagedListViewModel {

	public static final int PAGE_SIZE = 25;

	/** The French VAT rates, in percent. */
	public static final List<BigDecimal> VAT_RATES = List.of(new BigDecimal("20"), new BigDecimal("10"),
			new BigDecimal("5.5"), new BigDecimal("2.1"), BigDecimal.ZERO);

	private final StringProperty search = new SimpleStringProperty(this, "search", "");

	private final ObjectProperty<Category> categoryFilter = new SimpleObjectProperty<>(this, "categoryFilter");

	private final BooleanProperty activeOnly = new SimpleBooleanProperty(this, "activeOnly", true);

	private final ObservableList<Product> products = FXCollections.observableArrayList();

	private final ObservableList<StockAlert> alerts = FXCollections.observableArrayList();

	private final ObjectProperty<Product> editing = new SimpleObjectProperty<>(this, "editing");

	private final ObjectProperty<Product> latest = new SimpleObjectProperty<>(this, "latest");

	private final StringProperty sku = new SimpleStringProperty(this, "sku", "");

	private final StringProperty name = new SimpleStringProperty(this, "name", "");

	private final StringProperty description = new SimpleStringProperty(this, "description", "");

	private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category", Category.SOFTWARE);

	private final StringProperty price = new SimpleStringProperty(this, "price", "");

	private final StringProperty cost = new SimpleStringProperty(this, "cost", "");

	private final ObjectProperty<BigDecimal> vatRate = new SimpleObjectProperty<>(this, "vatRate",
			new BigDecimal("20"));

	private final BooleanProperty featured = new SimpleBooleanProperty(this, "featured");

	private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);

	private final BooleanProperty stockManaged = new SimpleBooleanProperty(this, "stockManaged");

	private final StringProperty reorderLevel = new SimpleStringProperty(this, "reorderLevel", "0");

	private final ObservableList<StockMovement> movements = FXCollections.observableArrayList();

	private final Paging movementPaging = new Paging(20);

	private final ObjectProperty<MovementReason> movementReason = new SimpleObjectProperty<>(this, "movementReason",
			MovementReason.RESTOCK);

	private final StringProperty movementQuantity = new SimpleStringProperty(this, "movementQuantity", "");

	private final StringProperty movementReference = new SimpleStringProperty(this, "movementReference", "");

	private final StringProperty movementComment = new SimpleStringProperty(this, "movementComment", "");

	private final StringBinding pricePreview;

	public ProductsViewModel(Context context) {
		super(context, PAGE_SIZE);
		this.pricePreview = Bindings.createStringBinding(this::preview, this.price, this.cost, this.vatRate);
	}

	private ProductsApi api() {
		return this.context.backend().products();
	}

	public StringProperty searchProperty() {
		return this.search;
	}

	public ObjectProperty<Category> categoryFilterProperty() {
		return this.categoryFilter;
	}

	public BooleanProperty activeOnlyProperty() {
		return this.activeOnly;
	}

	public ObservableList<Product> products() {
		return this.products;
	}

	public ObservableList<StockAlert> alerts() {
		return this.alerts;
	}

	/** Loads the current page and the alerts. */
	@Override
	public void load() {
		String q = this.search.get();
		Category chosen = this.categoryFilter.get();
		Boolean onlyActive = this.activeOnly.get() ? Boolean.TRUE : null;
		int page = paging().page();
		call(() -> api().list(q, chosen, onlyActive, page, PAGE_SIZE), (answer) -> {
			paging().update(answer);
			this.products.setAll(answer.items());
		});
		loadAlerts();
	}

	public void loadAlerts() {
		call(() -> api().alerts(), this.alerts::setAll);
	}

	// the form

	public ObjectProperty<Product> editingProperty() {
		return this.editing;
	}

	/**
	 * The product as last read from the server (its stock level), which may be newer than
	 * the one the form edits.
	 */
	public ObjectProperty<Product> latestProperty() {
		return this.latest;
	}

	public StringProperty skuProperty() {
		return this.sku;
	}

	public StringProperty nameProperty() {
		return this.name;
	}

	public StringProperty descriptionProperty() {
		return this.description;
	}

	public ObjectProperty<Category> categoryProperty() {
		return this.category;
	}

	public StringProperty priceProperty() {
		return this.price;
	}

	public StringProperty costProperty() {
		return this.cost;
	}

	public ObjectProperty<BigDecimal> vatRateProperty() {
		return this.vatRate;
	}

	public BooleanProperty featuredProperty() {
		return this.featured;
	}

	public BooleanProperty activeProperty() {
		return this.active;
	}

	public BooleanProperty stockManagedProperty() {
		return this.stockManaged;
	}

	public StringProperty reorderLevelProperty() {
		return this.reorderLevel;
	}

	/** "Prix TTC 648,00 € · marge 210,00 € (38,89 %)", as the user types. */
	public StringBinding pricePreviewProperty() {
		return this.pricePreview;
	}

	String preview() {
		BigDecimal excl;
		BigDecimal purchase;
		try {
			excl = formats().parseDecimal(this.price.get());
			purchase = formats().parseDecimal(this.cost.get());
		}
		catch (NumberFormatException ex) {
			return "";
		}
		if (excl == null || this.vatRate.get() == null) {
			return "";
		}
		BigDecimal incl = excl.add(excl.multiply(this.vatRate.get()).movePointLeft(2))
			.setScale(2, RoundingMode.HALF_UP);
		if (purchase == null) {
			return i18n().get("product.preview.price", formats().money(incl));
		}
		BigDecimal margin = excl.subtract(purchase);
		String rate = (excl.signum() == 0) ? "" : formats().rate(margin.divide(excl, 4, RoundingMode.HALF_UP));
		return i18n().get("product.preview", formats().money(incl), formats().money(margin), rate);
	}

	public void select(Product product) {
		if (product == null) {
			return;
		}
		clearErrors();
		fill(product);
		this.movementPaging.goTo(0);
		loadMovements();
	}

	private void fill(Product product) {
		this.editing.set(product);
		this.latest.set(product);
		this.sku.set(product.sku());
		this.name.set(product.name());
		this.description.set((product.description() != null) ? product.description() : "");
		this.category.set(product.category());
		this.price.set(formats().amount(product.unitPriceExclVat()));
		this.cost.set(formats().amount(product.purchaseCost()));
		this.vatRate.set(VAT_RATES.stream()
			.filter((rate) -> rate.compareTo(product.vatRate()) == 0)
			.findFirst()
			.orElse(product.vatRate()));
		this.featured.set(Boolean.TRUE.equals(product.featured()));
		this.active.set(!Boolean.FALSE.equals(product.active()));
		this.stockManaged.set(Boolean.TRUE.equals(product.stockManaged()));
		this.reorderLevel.set(String.valueOf((product.reorderLevel() != null) ? product.reorderLevel() : 0));
	}

	public void newProduct() {
		clearErrors();
		this.editing.set(null);
		this.latest.set(null);
		this.sku.set("");
		this.name.set("");
		this.description.set("");
		this.category.set(Category.SERVER);
		this.price.set("");
		this.cost.set("");
		this.vatRate.set(VAT_RATES.get(0));
		this.featured.set(false);
		this.active.set(true);
		this.stockManaged.set(true);
		this.reorderLevel.set("0");
		this.movements.clear();
	}

	/** Creates or replaces the product of the form. */
	public void save() {
		clearErrors();
		boolean filled = required("sku", this.sku.get()) & required("name", this.name.get())
				& required("unitPriceExclVat", this.price.get()) & required("purchaseCost", this.cost.get());
		BigDecimal excl = decimal("unitPriceExclVat", this.price.get());
		BigDecimal purchase = decimal("purchaseCost", this.cost.get());
		BigDecimal reorder = decimal("reorderLevel", this.reorderLevel.get());
		if (!filled || !fieldErrors().isEmpty()) {
			return;
		}
		Product current = this.editing.get();
		ProductInput input = new ProductInput(this.sku.get().strip().toUpperCase(java.util.Locale.ROOT),
				this.name.get().strip(), blank(this.description.get()), this.category.get(), excl, purchase,
				this.vatRate.get(), this.featured.get(), this.active.get(), this.stockManaged.get(), reorder,
				(current != null) ? current.version() : null);
		call(() -> (current == null) ? api().create(input) : api().update(current.id(), input), (saved) -> {
			fill(saved);
			inform(i18n().get("product.saved", saved.sku()));
			load();
		});
	}

	public void reload() {
		Product current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> api().get(current.id()), (fresh) -> {
			clearErrors();
			fill(fresh);
			inform(i18n().get("product.reloaded"));
		});
	}

	/**
	 * Reads the product's stock and movements again without touching the form (which may
	 * hold changes not saved yet).
	 */
	public void reloadQuietly() {
		Product current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> api().get(current.id()), (fresh) -> {
			if (this.editing.get() != null && this.editing.get().id().equals(fresh.id())) {
				this.latest.set(fresh);
				loadMovements();
			}
		});
	}

	public void delete() {
		Product current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> {
			api().delete(current.id());
			return current;
		}, (deleted) -> {
			newProduct();
			inform(i18n().get("product.deleted", deleted.sku()));
			load();
		});
	}

	// stock

	public ObservableList<StockMovement> movements() {
		return this.movements;
	}

	public Paging movementPaging() {
		return this.movementPaging;
	}

	public ObjectProperty<MovementReason> movementReasonProperty() {
		return this.movementReason;
	}

	public StringProperty movementQuantityProperty() {
		return this.movementQuantity;
	}

	public StringProperty movementReferenceProperty() {
		return this.movementReference;
	}

	public StringProperty movementCommentProperty() {
		return this.movementComment;
	}

	public void loadMovements() {
		Product current = this.editing.get();
		if (current == null) {
			this.movements.clear();
			return;
		}
		int page = this.movementPaging.page();
		call(() -> api().movements(current.id(), page, this.movementPaging.size()), (answer) -> {
			this.movementPaging.update(answer);
			this.movements.setAll(answer.items());
		});
	}

	public void nextMovements() {
		this.movementPaging.goTo(this.movementPaging.page() + 1);
		loadMovements();
	}

	public void previousMovements() {
		this.movementPaging.goTo(this.movementPaging.page() - 1);
		loadMovements();
	}

	/**
	 * Records a restock (a positive quantity) or an adjustment (signed, with a comment)
	 * of the product shown.
	 */
	public void recordMovement() {
		clearErrors();
		Product current = this.editing.get();
		if (current == null) {
			return;
		}
		if (!required("quantity", this.movementQuantity.get())) {
			return;
		}
		BigDecimal quantity = decimal("quantity", this.movementQuantity.get());
		if (quantity == null) {
			return;
		}
		MovementInput input = new MovementInput(quantity, this.movementReason.get(),
				blank(this.movementReference.get()), blank(this.movementComment.get()));
		call(() -> {
			api().move(current.id(), input);
			return api().get(current.id());
		}, (fresh) -> {
			fill(fresh);
			inform(i18n().get("stock.recorded", fresh.sku(), fresh.stockLevel()));
			this.movementQuantity.set("");
			this.movementReference.set("");
			this.movementComment.set("");
			this.movementPaging.goTo(0);
			loadMovements();
			load();
		});
	}

	private BigDecimal decimal(String field, String text) {
		try {
			return formats().parseDecimal(text);
		}
		catch (NumberFormatException ex) {
			fieldErrors().put(field, i18n().get("validation.number"));
			fail(i18n().get("validation.form"));
			return null;
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
