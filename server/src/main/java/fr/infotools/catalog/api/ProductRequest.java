package fr.infotools.catalog.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.shared.Money;
import fr.infotools.shared.SafeText;
import fr.infotools.shared.VatRate;

/**
 * A product as a manager sends it to create or replace one.
 *
 * @param sku the unique product code: capitals, digits and dashes, 2 to 32 characters
 * @param vatRate the VAT rate in percent: 20, 10, 5.5, 2.1 or 0
 * @param featured shown on the public website when also active (default false)
 * @param active still sold (default true); deactivate a product instead of deleting it
 * @param stockManaged kept in stock (default: true for hardware, false for software and
 * services)
 * @param reorderLevel the level at or under which the product is to be restocked, in
 * whole units (default 0)
 * @param version on update: the version read (or an If-Match header)
 */
record ProductRequest(
		@NotBlank @Pattern(regexp = ProductRequest.SKU, message = "{infotools.validation.sku}") String sku,
		@NotBlank @Size(max = 160) @SafeText String name,
		@Size(max = 4000) @SafeText(multiline = true) String description, @NotNull ProductCategory category,
		@NotNull @DecimalMin("0.00") @DecimalMax(ProductRequest.MAX_PRICE) @Digits(integer = 7,
				fraction = 2) BigDecimal unitPriceExclVat,
		@NotNull @DecimalMin("0.00") @DecimalMax(ProductRequest.MAX_PRICE) @Digits(integer = 7,
				fraction = 2) BigDecimal purchaseCost,
		@NotNull @VatPercent BigDecimal vatRate, Boolean featured, Boolean active, Boolean stockManaged,
		@PositiveOrZero @Max(1_000_000) @Digits(integer = 7, fraction = 0) BigDecimal reorderLevel,
		@PositiveOrZero Long version) {

	/** A product code: a capital or digit, then capitals, digits and dashes (2 to 32). */
	static final String SKU = "^[A-Z0-9][A-Z0-9-]{1,31}$";

	static final String MAX_PRICE = "1000000.00";

	ProductDetails details() {
		return new ProductDetails(this.sku, this.name.strip(), blankToNull(this.description), this.category,
				Money.of(this.unitPriceExclVat), Money.of(this.purchaseCost), VatRate.ofPercent(this.vatRate),
				Boolean.TRUE.equals(this.featured), !Boolean.FALSE.equals(this.active),
				(this.stockManaged != null) ? this.stockManaged : this.category.stockManagedByDefault(),
				(this.reorderLevel != null) ? this.reorderLevel.intValueExact() : 0);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
