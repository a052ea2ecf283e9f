package fr.infotools.desktop.api.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A catalogue product with its stock figures (cost and margins: managers only). */
public record Product(Long id, String sku, String name, String description, Category category,
		BigDecimal unitPriceExclVat, BigDecimal vatRate, BigDecimal unitPriceInclVat, BigDecimal purchaseCost,
		BigDecimal unitMargin, BigDecimal marginRate, Boolean featured, Boolean active, Boolean stockManaged,
		Integer reorderLevel, Integer stockLevel, Availability availability, Instant createdAt, Instant updatedAt,
		Long version) {

	@Override
	public String toString() {
		return this.sku + " — " + this.name;
	}

}
