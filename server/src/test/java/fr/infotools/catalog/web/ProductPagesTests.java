package fr.infotools.catalog.web;

import java.util.UUID;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.extranet.ExtranetMvc;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue as reps see it: active products by category, searched by name or SKU,
 * with prices excl. and incl. VAT and availability — never what a product costs.
 */
@IntegrationTest
class ProductPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	Catalog catalog;

	@Test
	void aRepSeesPricesAndAvailabilityButNeverTheCost() throws Exception {
		MockMvc mvc = ExtranetMvc.of(this.context);
		String sku = "EXT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Product product = this.actors.as(DemoAccounts.MANAGER,
				() -> this.catalog.create(new ProductDetails(sku, "Licence extranet " + sku, "Pour les tests <i>",
						ProductCategory.SOFTWARE, Money.euros("1234.50"), Money.euros("777.77"), VatRate.STANDARD,
						false, true, false, 0)));
		mvc.perform(get("/app/produits").param("q", sku.toLowerCase()).with(ExtranetMvc.as(this.actors, "jdupont")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Licence extranet " + sku)))
			.andExpect(content().string(containsString("Pour les tests &lt;i&gt;")))
			.andExpect(content().string(containsString("1\u202f234,50\u00a0€")))
			.andExpect(content().string(containsString("1\u202f481,40\u00a0€")))
			.andExpect(content().string(containsString("Toujours disponible")))
			.andExpect(content().string(not(containsString("777,77"))))
			.andExpect(content().string(not(containsString("Coût"))))
			.andExpect(content().string(not(containsString("arge"))));
		mvc.perform(get("/app/produits").param("categorie", "server").with(ExtranetMvc.as(this.actors, "jdupont")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Serveurs")))
			.andExpect(content().string(not(containsString(sku))))
			.andExpect(content().string(containsString("unités")));
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.catalog.update(product.getId(),
						new ProductDetails(sku, "Licence extranet " + sku, null, ProductCategory.SOFTWARE,
								Money.euros("1234.50"), Money.euros("777.77"), VatRate.STANDARD, false, false, false,
								0)));
		mvc.perform(get("/app/produits").param("q", sku).with(ExtranetMvc.as(this.actors, "jdupont")))
			.andExpect(content().string(containsString("Aucun produit")));
		this.actors.run(DemoAccounts.MANAGER, () -> this.catalog.delete(product.getId()));
	}

	@Test
	void categoriesAreReadLeniently() {
		assertThat(ProductPages.categoryOf(" network")).isEqualTo(ProductCategory.NETWORK);
		assertThat(ProductPages.categoryOf("toaster")).isNull();
		assertThat(ProductPages.categoryOf(null)).isNull();
	}

}
