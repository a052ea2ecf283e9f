package fr.infotools.catalog.api;

import fr.infotools.catalog.Availability;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.StockAlert;

/**
 * A product to restock: its level is at or under its reorder level.
 */
record StockAlertResponse(long productId, String sku, String name, ProductCategory category, int stockLevel,
		int reorderLevel, Availability availability) {

	static StockAlertResponse of(StockAlert alert) {
		return new StockAlertResponse(alert.productId(), alert.sku(), alert.name(), alert.category(),
				alert.stockLevel(), alert.reorderLevel(), alert.availability());
	}

}
