package fr.infotools.catalog.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public showcase over real HTTP, without login: active and featured products only,
 * their prices and nothing about costs, margins or stock.
 */
@IntegrationTest
class PublicProductApiTests {

	private static final List<String> PUBLIC_FIELDS = List.of("id", "sku", "name", "description", "category",
			"unitPriceExclVat", "vatRate", "unitPriceInclVat");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String manager;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
	}

	@Test
	void theShowcaseListsActiveFeaturedProductsWithPricesOnly() {
		Response response = this.api.get("/api/v1/public/products", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Cache-Control")).contains("public").contains("no-cache");
		JsonNode items = response.json();
		assertThat(items.size()).isPositive()
			.isEqualTo((int) count("SELECT COUNT(*) FROM products WHERE active = TRUE AND featured = TRUE"));
		assertThat(response.body()).doesNotContain("purchaseCost", "unitMargin", "marginRate", "stockLevel",
				"availability", "reorderLevel");
		List<String> skus = new ArrayList<>();
		for (JsonNode item : items) {
			assertThat(item.propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
			skus.add(item.get("sku").asString());
			assertThat(this.jdbc.sql("SELECT active AND featured FROM products WHERE id = ?")
				.param(item.get("id").asLong())
				.query(Boolean.class)
				.single()).isTrue();
		}
		assertThat(skus).contains("LOG-CRM-USR", "SRV-TOUR-T150").doesNotContain("LOG-COMPTA", "SRV-RACK-R750");
		JsonNode server = null;
		for (JsonNode item : items) {
			if (item.get("sku").asString().equals("SRV-TOUR-T150")) {
				server = item;
			}
		}
		assertThat(server.get("unitPriceExclVat").decimalValue()).isEqualByComparingTo("2290.00");
		assertThat(server.get("vatRate").decimalValue()).isEqualByComparingTo("20");
		assertThat(server.get("unitPriceInclVat").decimalValue()).isEqualByComparingTo("2748.00");

		Response services = this.api.get("/api/v1/public/products?category=SERVICE", null);
		assertThat(services.json()).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("category").asString()).isEqualTo("SERVICE"));
	}

	@Test
	void inactiveOrNotFeaturedProductsAreNotPublic() {
		Map<String, Object> shown = TestProducts.hardware();
		shown.put("featured", true);
		long shownId = TestProducts.create(this.api, this.manager, shown);
		long plainId = TestProducts.create(this.api, this.manager, TestProducts.hardware());
		Map<String, Object> retired = TestProducts.hardware();
		retired.put("featured", true);
		retired.put("active", false);
		long retiredId = TestProducts.create(this.api, this.manager, retired);

		List<Long> ids = new ArrayList<>();
		this.api.get("/api/v1/public/products", null).json().forEach((item) -> ids.add(item.get("id").asLong()));
		assertThat(ids).contains(shownId).doesNotContain(plainId, retiredId);

		Response one = this.api.get("/api/v1/public/products/" + shownId, null);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.header("Cache-Control")).contains("no-cache");
		assertThat(one.json().propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
		assertThat(one.json().get("sku").asString()).isEqualTo(shown.get("sku"));
		assertThat(one.json().get("unitPriceInclVat").decimalValue()).isEqualByComparingTo("120.00");
		for (long hidden : List.of(plainId, retiredId, 999999L)) {
			Response notFound = this.api.get("/api/v1/public/products/" + hidden, null);
			assertThat(notFound.status()).isEqualTo(404);
			assertThat(notFound.json().get("code").asString()).isEqualTo("not-found");
		}
		assertThat(this.api.get("/api/v1/public/products?category=FOOD", null).status()).isEqualTo(400);
		for (long id : List.of(shownId, plainId, retiredId)) {
			this.api.delete("/api/v1/products/" + id, this.manager);
		}
	}

	@Test
	void theShowcaseCannotBeChangedWithoutLogin() {
		assertThat(this.api.post("/api/v1/public/products", TestProducts.hardware(), null).status()).isIn(401, 403,
				405);
		assertThat(this.api.post("/api/v1/products", TestProducts.hardware(), null).status()).isEqualTo(401);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
