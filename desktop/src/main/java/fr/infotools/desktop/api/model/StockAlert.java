package fr.infotools.desktop.api.model;

/** A product at or under its reorder level. */
public record StockAlert(Long productId, String sku, String name, Category category, Integer stockLevel,
		Integer reorderLevel, Availability availability) {
}
