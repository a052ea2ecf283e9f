package fr.infotools.catalog;

import java.math.BigDecimal;

import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a product: price incl. VAT, margin, availability, and what a product may
 * not be.
 */
class ProductTests {

	@Test
	void thePriceInclVatIsRoundedHalfUpToTheCent() {
		assertThat(product("0.99", "0.50", VatRate.STANDARD).unitPriceInclVat()).isEqualTo(Money.euros("1.19"));
		// 39.00 × 5.5 % = 2.145 → 2.15
		assertThat(product("39.00", "12.00", VatRate.REDUCED).unitPriceInclVat()).isEqualTo(Money.euros("41.15"));
		// 0.25 × 2.1 % = 0.00525 → 0.01
		assertThat(product("0.25", "0.10", VatRate.SPECIAL).unitPriceInclVat()).isEqualTo(Money.euros("0.26"));
		assertThat(product("2290.00", "1650.00", VatRate.STANDARD).unitPriceInclVat())
			.isEqualTo(Money.euros("2748.00"));
		assertThat(product("10.05", "1.00", VatRate.INTERMEDIATE).unitPriceInclVat()).isEqualTo(Money.euros("11.06"));
		assertThat(product("99.99", "1.00", VatRate.ZERO).unitPriceInclVat()).isEqualTo(Money.euros("99.99"));
	}

	@Test
	void theMarginIsPriceLessCostAndItsRateAShareOfThePrice() {
		Product product = product("2290.00", "1650.00", VatRate.STANDARD);
		assertThat(product.unitMargin()).isEqualTo(Money.euros("640.00"));
		assertThat(product.marginRate()).isEqualByComparingTo("0.2795");
		assertThat(product("100.00", "75.00", VatRate.STANDARD).marginRate()).isEqualTo(new BigDecimal("0.2500"));
		Product loss = product("10.00", "12.00", VatRate.STANDARD);
		assertThat(loss.unitMargin()).isEqualTo(Money.euros("-2.00"));
		assertThat(loss.marginRate()).isEqualByComparingTo("-0.2000");
		assertThat(product("0.00", "5.00", VatRate.ZERO).marginRate()).isNull();
	}

	@Test
	void availabilityFollowsTheStockLevelAndTheReorderLevel() {
		Product hardware = new Product(details(ProductCategory.NETWORK, "10.00", "5.00", VatRate.STANDARD, true, 3));
		assertThat(hardware.availability(10)).isEqualTo(Availability.IN_STOCK);
		assertThat(hardware.availability(4)).isEqualTo(Availability.IN_STOCK);
		assertThat(hardware.availability(3)).isEqualTo(Availability.LOW);
		assertThat(hardware.availability(1)).isEqualTo(Availability.LOW);
		assertThat(hardware.availability(0)).isEqualTo(Availability.OUT_OF_STOCK);
		Product noThreshold = new Product(details(ProductCategory.SERVER, "10.00", "5.00", VatRate.STANDARD, true, 0));
		assertThat(noThreshold.availability(1)).isEqualTo(Availability.IN_STOCK);
		assertThat(noThreshold.availability(0)).isEqualTo(Availability.OUT_OF_STOCK);
		Product service = new Product(details(ProductCategory.SERVICE, "690.00", "320.00", VatRate.STANDARD, false, 0));
		assertThat(service.availability(0)).isEqualTo(Availability.NOT_STOCKED);
		Product licence = new Product(details(ProductCategory.SOFTWARE, "390.00", "60.00", VatRate.STANDARD, false, 0));
		assertThat(new CatalogEntry(licence, null).availability()).isEqualTo(Availability.NOT_STOCKED);
		assertThat(new CatalogEntry(hardware, null).availability()).isEqualTo(Availability.OUT_OF_STOCK);
		assertThat(new StockAlert(1, "X", "x", ProductCategory.NETWORK, 2, 3).availability())
			.isEqualTo(Availability.LOW);
	}

	@Test
	void hardwareIsStockManagedByDefaultAndAServiceNever() {
		assertThat(ProductCategory.SERVER.stockManagedByDefault()).isTrue();
		assertThat(ProductCategory.WORKSTATION.stockManagedByDefault()).isTrue();
		assertThat(ProductCategory.NETWORK.stockManagedByDefault()).isTrue();
		assertThat(ProductCategory.SOFTWARE.stockManagedByDefault()).isFalse();
		assertThat(ProductCategory.SERVICE.stockManagedByDefault()).isFalse();
		assertThat(ProductCategory.SOFTWARE.stockable()).isTrue();
		assertRefused(() -> new Product(details(ProductCategory.SERVICE, "1.00", "1.00", VatRate.STANDARD, true, 0)),
				"product.not-stockable", "stockManaged");
	}

	@Test
	void pricesAndReorderLevelsAreBounded() {
		assertRefused(() -> product("-0.01", "1.00", VatRate.STANDARD), "product.price-range", "unitPriceExclVat");
		assertRefused(() -> product("1.00", "-1.00", VatRate.STANDARD), "product.price-range", "purchaseCost");
		assertRefused(() -> product("1000000.01", "1.00", VatRate.STANDARD), "product.price-range", "unitPriceExclVat");
		assertThat(product("1000000.00", "1000000.00", VatRate.STANDARD).getUnitPriceExclVat())
			.isEqualTo(Product.MAX_PRICE);
		assertRefused(() -> new Product(details(ProductCategory.NETWORK, "1.00", "1.00", VatRate.STANDARD, true, -1)),
				"product.reorder-level", "reorderLevel");
	}

	@Test
	void aRefusedChangeChangesNothing() {
		Product product = product("10.00", "5.00", VatRate.STANDARD);
		assertRefused(() -> product.apply(details(ProductCategory.NETWORK, "20.00", "-5.00", VatRate.REDUCED, true, 1)),
				"product.price-range", "purchaseCost");
		assertThat(product.getUnitPriceExclVat()).isEqualTo(Money.euros("10.00"));
		assertThat(product.getVatRate()).isEqualTo(VatRate.STANDARD);
		assertThat(product.getCategory()).isEqualTo(ProductCategory.SOFTWARE);
	}

	@Test
	void onlyActiveFeaturedProductsAreShowcased() {
		assertThat(new Product(new ProductDetails("A-1", "a", null, ProductCategory.SOFTWARE, Money.euros("1.00"),
				Money.euros("1.00"), VatRate.STANDARD, true, true, false, 0))
			.isShowcased()).isTrue();
		assertThat(new Product(new ProductDetails("A-1", "a", null, ProductCategory.SOFTWARE, Money.euros("1.00"),
				Money.euros("1.00"), VatRate.STANDARD, true, false, false, 0))
			.isShowcased()).isFalse();
		assertThat(new Product(new ProductDetails("A-1", "a", null, ProductCategory.SOFTWARE, Money.euros("1.00"),
				Money.euros("1.00"), VatRate.STANDARD, false, true, false, 0))
			.isShowcased()).isFalse();
	}

	private static Product product(String price, String cost, VatRate rate) {
		return new Product(details(ProductCategory.SOFTWARE, price, cost, rate, false, 0));
	}

	private static ProductDetails details(ProductCategory category, String price, String cost, VatRate rate,
			boolean stockManaged, int reorderLevel) {
		return new ProductDetails("TEST-1", "Test", null, category, Money.euros(price), Money.euros(cost), rate, false,
				true, stockManaged, reorderLevel);
	}

	private static void assertRefused(Runnable creation, String code, String field) {
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(creation::run).satisfies((ex) -> {
			assertThat(ex.getCode()).isEqualTo(code);
			assertThat(ex.getField()).isEqualTo(field);
		});
	}

}
