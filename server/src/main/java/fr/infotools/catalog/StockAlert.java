package fr.infotools.catalog;

/**
 * An active stock-managed product at or under its reorder level.
 */
public record StockAlert(long productId, String sku, String name, ProductCategory category, int stockLevel,
		int reorderLevel) {

	public Availability availability() {
		return Availability.of(true, this.stockLevel, this.reorderLevel);
	}

}
