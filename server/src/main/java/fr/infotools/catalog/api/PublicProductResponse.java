package fr.infotools.catalog.api;

import java.math.BigDecimal;

import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;

/**
 * A product of the public showcase: what a visitor may know, never a cost, a margin or a
 * stock figure.
 *
 * @param vatRate in percent
 */
record PublicProductResponse(long id, String sku, String name, String description, ProductCategory category,
		BigDecimal unitPriceExclVat, BigDecimal vatRate, BigDecimal unitPriceInclVat) {

	static PublicProductResponse of(Product product) {
		return new PublicProductResponse(product.getId(), product.getSku(), product.getName(), product.getDescription(),
				product.getCategory(), product.getUnitPriceExclVat().amount(), product.getVatRate().percent(),
				product.unitPriceInclVat().amount());
	}

}
