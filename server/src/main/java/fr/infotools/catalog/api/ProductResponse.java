package fr.infotools.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;

import fr.infotools.catalog.Availability;
import fr.infotools.catalog.CatalogEntry;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;

/**
 * A product as a sales rep sees it: prices and availability, never its cost or margin.
 *
 * @param vatRate in percent
 * @param stockLevel units in stock, null when the product is not stock-managed
 */
record ProductResponse(long id, String sku, String name, String description, ProductCategory category,
		BigDecimal unitPriceExclVat, BigDecimal vatRate, BigDecimal unitPriceInclVat, boolean featured, boolean active,
		boolean stockManaged, int reorderLevel, Integer stockLevel, Availability availability, Instant createdAt,
		Instant updatedAt, long version) implements ProductView {

	static ProductResponse of(CatalogEntry entry) {
		Product product = entry.product();
		return new ProductResponse(product.getId(), product.getSku(), product.getName(), product.getDescription(),
				product.getCategory(), product.getUnitPriceExclVat().amount(), product.getVatRate().percent(),
				product.unitPriceInclVat().amount(), product.isFeatured(), product.isActive(), product.isStockManaged(),
				product.getReorderLevel(), entry.stockLevel(), entry.availability(), product.getCreatedAt(),
				product.getUpdatedAt(), product.getVersion());
	}

}
