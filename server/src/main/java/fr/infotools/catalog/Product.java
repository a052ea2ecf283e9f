package fr.infotools.catalog;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A product of the catalogue. Services and licences are not stock-managed; hardware is.
 */
@Entity
@Table(name = "products")
@Audited
public class Product extends AbstractEntity {

	@Column(nullable = false)
	private String sku;

	@Column(nullable = false)
	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductCategory category;

	@Column(nullable = false)
	private Money unitPriceExclVat;

	@Column(nullable = false)
	private Money purchaseCost;

	@Column(nullable = false)
	private VatRate vatRate;

	private boolean featured;

	private boolean active;

	private boolean stockManaged;

	private int reorderLevel;

	protected Product() {
	}

	Product(ProductDetails details) {
		apply(details);
	}

	void apply(ProductDetails details) {
		if (details.unitPriceExclVat().isNegative() || details.purchaseCost().isNegative()) {
			throw new IllegalArgumentException("Prices cannot be negative");
		}
		if (details.reorderLevel() < 0) {
			throw new IllegalArgumentException("Reorder level cannot be negative");
		}
		this.sku = details.sku();
		this.name = details.name();
		this.description = details.description();
		this.category = details.category();
		this.unitPriceExclVat = details.unitPriceExclVat();
		this.purchaseCost = details.purchaseCost();
		this.vatRate = details.vatRate();
		this.featured = details.featured();
		this.active = details.active();
		this.stockManaged = details.stockManaged();
		this.reorderLevel = details.reorderLevel();
	}

	public String getSku() {
		return this.sku;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public ProductCategory getCategory() {
		return this.category;
	}

	public Money getUnitPriceExclVat() {
		return this.unitPriceExclVat;
	}

	public Money getPurchaseCost() {
		return this.purchaseCost;
	}

	public VatRate getVatRate() {
		return this.vatRate;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isStockManaged() {
		return this.stockManaged;
	}

	public int getReorderLevel() {
		return this.reorderLevel;
	}

}
