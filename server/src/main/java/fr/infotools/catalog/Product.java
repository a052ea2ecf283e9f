package fr.infotools.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A product of the catalogue. Services and licences are not stock-managed; hardware is.
 * Its price incl. VAT, margin and availability are worked out here, once for every
 * client.
 */
@Entity
@Table(name = "products")
@Audited
public class Product extends AbstractEntity {

	/** The highest price or cost the catalogue accepts, in euros. */
	public static final Money MAX_PRICE = Money.euros("1000000.00");

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

	/**
	 * Takes a new description, after checking it as a whole: nothing changes when a rule
	 * is broken.
	 */
	void apply(ProductDetails details) {
		check(details);
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

	private static void check(ProductDetails details) {
		checkPrice(details.unitPriceExclVat(), "unitPriceExclVat");
		checkPrice(details.purchaseCost(), "purchaseCost");
		if (details.reorderLevel() < 0) {
			throw new BusinessRuleException("product.reorder-level", "reorderLevel");
		}
		if (details.stockManaged() && !details.category().stockable()) {
			throw new BusinessRuleException("product.not-stockable", "stockManaged");
		}
	}

	private static void checkPrice(Money price, String field) {
		if (price.isNegative() || price.compareTo(MAX_PRICE) > 0) {
			throw new BusinessRuleException("product.price-range", field, MAX_PRICE.amount().toPlainString());
		}
	}

	/**
	 * The unit price incl. VAT: price excl. VAT plus its VAT, rounded half-up to the
	 * cent.
	 */
	public Money unitPriceInclVat() {
		return this.unitPriceExclVat.plus(this.vatRate.vatOn(this.unitPriceExclVat));
	}

	/** What one unit sold at list price earns: price excl. VAT minus purchase cost. */
	public Money unitMargin() {
		return this.unitPriceExclVat.minus(this.purchaseCost);
	}

	/**
	 * The unit margin as a share of the price excl. VAT (0.2500 for 25 %), four decimals,
	 * as the statistics show it; null for a free product.
	 */
	public BigDecimal marginRate() {
		if (this.unitPriceExclVat.isZero()) {
			return null;
		}
		return unitMargin().amount().divide(this.unitPriceExclVat.amount(), 4, RoundingMode.HALF_UP);
	}

	/** The availability of this product when {@code stockLevel} units are in stock. */
	public Availability availability(int stockLevel) {
		return Availability.of(this.stockManaged, stockLevel, this.reorderLevel);
	}

	/** Whether the public website shows it. */
	public boolean isShowcased() {
		return this.active && this.featured;
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
