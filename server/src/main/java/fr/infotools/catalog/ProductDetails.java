package fr.infotools.catalog;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;

/**
 * The editable description of a product.
 */
public record ProductDetails(String sku, String name, String description, ProductCategory category,
		Money unitPriceExclVat, Money purchaseCost, VatRate vatRate, boolean featured, boolean active,
		boolean stockManaged, int reorderLevel) {

}
