package fr.infotools.catalog;

import java.util.Objects;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;

/**
 * The editable description of a product.
 */
public record ProductDetails(String sku, String name, String description, ProductCategory category,
		Money unitPriceExclVat, Money purchaseCost, VatRate vatRate, boolean featured, boolean active,
		boolean stockManaged, int reorderLevel) {

	public ProductDetails {
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(unitPriceExclVat, "unitPriceExclVat");
		Objects.requireNonNull(purchaseCost, "purchaseCost");
		Objects.requireNonNull(vatRate, "vatRate");
	}

}
