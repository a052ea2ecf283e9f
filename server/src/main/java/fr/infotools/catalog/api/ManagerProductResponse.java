package fr.infotools.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;

import fr.infotools.catalog.Availability;
import fr.infotools.catalog.CatalogEntry;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;

/**
 * A product as a manager sees it: what a sales rep sees, plus the purchase cost and the
 * unit margin.
 *
 * @param vatRate in percent
 * @param stockLevel units in stock, null when the product is not stock-managed
 * @param unitMargin price excl. VAT minus purchase cost
 * @param marginRate the unit margin as a share of the price excl. VAT (0.2500 for 25 %),
 * null for a free product
 */
record ManagerProductResponse(long id, String sku, String name, String description, ProductCategory category,
		BigDecimal unitPriceExclVat, BigDecimal vatRate, BigDecimal unitPriceInclVat, BigDecimal purchaseCost,
		BigDecimal unitMargin, BigDecimal marginRate, boolean featured, boolean active, boolean stockManaged,
		int reorderLevel, Integer stockLevel, Availability availability, Instant createdAt, Instant updatedAt,
		long version) implements ProductView {

	static ManagerProductResponse of(CatalogEntry entry) {
		Product product = entry.product();
		return new ManagerProductResponse(product.getId(), product.getSku(), product.getName(),
				product.getDescription(), product.getCategory(), product.getUnitPriceExclVat().amount(),
				product.getVatRate().percent(), product.unitPriceInclVat().amount(), product.getPurchaseCost().amount(),
				product.unitMargin().amount(), product.marginRate(), product.isFeatured(), product.isActive(),
				product.isStockManaged(), product.getReorderLevel(), entry.stockLevel(), entry.availability(),
				product.getCreatedAt(), product.getUpdatedAt(), product.getVersion());
	}

}
