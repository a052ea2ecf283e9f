package fr.infotools.catalog;

/**
 * A product with its current stock level ({@code null} when it is not stock-managed).
 */
public record CatalogEntry(Product product, Integer stockLevel) {

	public Availability availability() {
		return this.product.availability((this.stockLevel != null) ? this.stockLevel : 0);
	}

}
