package fr.infotools.desktop.api.model;

import java.math.BigDecimal;

/** A product as sent to create or replace one. */
public record ProductInput(String sku, String name, String description, Category category, BigDecimal unitPriceExclVat,
		BigDecimal purchaseCost, BigDecimal vatRate, Boolean featured, Boolean active, Boolean stockManaged,
		BigDecimal reorderLevel, Long version) {
}
