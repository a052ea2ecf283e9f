package fr.infotools.invoicing;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;

/**
 * What a line copies from the catalogue when it is added.
 */
public record ProductSnapshot(long productId, String description, Money unitPriceExclVat, VatRate vatRate,
		Money unitCost, boolean stockManaged) {

}
