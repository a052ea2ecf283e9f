package fr.infotools.catalog.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The products API over real HTTP: lists with prices, stock and availability, what a
 * manager and a sales rep each see, create, read, update with versions, delete; each
 * validation error and each conflict.
 */
@IntegrationTest
class ProductApiTests {

	private static final List<String> COST_FIELDS = List.of("purchaseCost", "unitMargin", "marginRate");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String rep;

	String manager;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
	}

	@Test
	void aSalesRepSeesPricesStockAndAvailabilityButNoCost() {
		Response page = this.api.get("/api/v1/products?size=100", this.rep);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("purchaseCost", "unitMargin", "marginRate");
		JsonNode items = page.json().get("items");
		assertThat(items).isNotEmpty();
		assertThat(page.json().get("totalItems").asLong()).isEqualTo(count("SELECT COUNT(*) FROM products"));
		for (JsonNode item : items) {
			COST_FIELDS.forEach((field) -> assertThat(item.has(field)).as(field).isFalse());
			assertPriceAndAvailability(item);
		}
		assertThat(items).anySatisfy((item) -> assertThat(item.get("availability").asString()).isEqualTo("NOT_STOCKED"))
			.anySatisfy((item) -> assertThat(item.get("availability").asString()).isEqualTo("IN_STOCK"))
			.anySatisfy((item) -> assertThat(item.get("availability").asString()).isIn("LOW", "OUT_OF_STOCK"));
	}

	@Test
	void aManagerAlsoSeesCostAndMargin() {
		Response page = this.api.get("/api/v1/products?size=100&q=SRV-RACK-R350", this.manager);
		JsonNode item = page.json().get("items").get(0);
		assertThat(item.get("sku").asString()).isEqualTo("SRV-RACK-R350");
		assertThat(item.get("purchaseCost").decimalValue()).isEqualByComparingTo("3600.00");
		assertThat(item.get("unitMargin").decimalValue()).isEqualByComparingTo("1290.00");
		assertThat(item.get("marginRate").decimalValue()).isEqualByComparingTo("0.2638");
		assertThat(item.get("unitPriceInclVat").decimalValue()).isEqualByComparingTo("5868.00");
		assertPriceAndAvailability(item);

		long id = item.get("id").asLong();
		Response asRep = this.api.get("/api/v1/products/" + id, this.rep);
		assertThat(asRep.status()).isEqualTo(200);
		COST_FIELDS.forEach((field) -> assertThat(asRep.json().has(field)).as(field).isFalse());
		Response asManager = this.api.get("/api/v1/products/" + id, this.manager);
		COST_FIELDS.forEach((field) -> assertThat(asManager.json().has(field)).as(field).isTrue());
		assertThat(asManager.header("ETag")).isEqualTo("\"" + asManager.json().get("version").asLong() + "\"");
	}

	@Test
	void listsAreFilteredSortedAndPaged() {
		Response services = this.api.get("/api/v1/products?category=SERVICE&size=100", this.rep);
		assertThat(services.json().get("items")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("category").asString()).isEqualTo("SERVICE"));
		assertThat(services.json().get("totalItems").asLong())
			.isEqualTo(count("SELECT COUNT(*) FROM products WHERE category = 'SERVICE'"));

		Response featured = this.api.get("/api/v1/products?featured=true&active=true&size=100", this.rep);
		assertThat(featured.json().get("items")).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.get("featured").asBoolean()).isTrue();
			assertThat(item.get("active").asBoolean()).isTrue();
		});

		Response byText = this.api.get("/api/v1/products?q=portable&size=100", this.rep);
		assertThat(byText.json().get("items")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("name").asString()).containsIgnoringCase("portable"));
		Response bySku = this.api.get("/api/v1/products?q=net-sw", this.rep);
		assertThat(bySku.json().get("items")).hasSize(2)
			.allSatisfy((item) -> assertThat(item.get("sku").asString()).startsWith("NET-SW"));
		assertThat(this.api.get("/api/v1/products?q=%25", this.rep).json().get("totalItems").asLong()).isZero();

		Response sorted = this.api.get("/api/v1/products?size=10&sort=unitPriceExclVat,desc", this.rep);
		List<BigDecimal> prices = new ArrayList<>();
		sorted.json().get("items").forEach((item) -> prices.add(item.get("unitPriceExclVat").decimalValue()));
		assertThat(prices).hasSize(10).isSortedAccordingTo((a, b) -> b.compareTo(a));
		Response second = this.api.get("/api/v1/products?size=10&page=1&sort=unitPriceExclVat,desc", this.rep);
		assertThat(second.json().get("page").asInt()).isEqualTo(1);
		assertThat(second.json().get("items").get(0).get("unitPriceExclVat").decimalValue())
			.isLessThanOrEqualTo(prices.get(9));
	}

	@Test
	void badListParametersAreNamed() {
		assertThat(this.api.get("/api/v1/products?size=1000", this.rep).errorFields()).containsExactly("size");
		assertThat(this.api.get("/api/v1/products?page=-1", this.rep).errorFields()).containsExactly("page");
		Response badSort = this.api.get("/api/v1/products?sort=purchaseCost", this.rep);
		assertThat(badSort.status()).isEqualTo(422);
		assertThat(badSort.errorFields()).containsExactly("sort");
		Response badCategory = this.api.get("/api/v1/products?category=FOOD", this.rep);
		assertThat(badCategory.status()).isEqualTo(400);
		assertThat(badCategory.errorFields()).containsExactly("category");
		assertThat(this.api.get("/api/v1/products?active=maybe", this.rep).errorFields()).containsExactly("active");
		assertThat(this.api.get("/api/v1/products", null).status()).isEqualTo(401);
	}

	@Test
	void aManagerCreatesReadsUpdatesAndDeletesAProduct() {
		Map<String, Object> body = TestProducts.hardware();
		Response created = this.api.post("/api/v1/products", body, this.manager);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/products/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		JsonNode json = created.json();
		assertThat(json.get("sku").asString()).isEqualTo(body.get("sku"));
		assertThat(json.get("description").asString()).isEqualTo("Commutateur de test.\nDeux lignes.");
		assertThat(json.get("unitPriceExclVat").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(json.get("vatRate").decimalValue()).isEqualByComparingTo("20");
		assertThat(json.get("unitPriceInclVat").decimalValue()).isEqualByComparingTo("120.00");
		assertThat(json.get("unitMargin").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(json.get("marginRate").decimalValue()).isEqualByComparingTo("0.25");
		assertThat(json.get("stockManaged").asBoolean()).isTrue();
		assertThat(json.get("active").asBoolean()).isTrue();
		assertThat(json.get("featured").asBoolean()).isFalse();
		assertThat(json.get("stockLevel").asInt()).isZero();
		assertThat(json.get("availability").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE product_id = ?", id)).isOne();

		Map<String, Object> change = new HashMap<>(body);
		change.put("unitPriceExclVat", 39);
		change.put("vatRate", 5.5);
		change.put("featured", true);
		change.put("version", 0);
		Response updated = this.api.put("/api/v1/products/" + id, change, this.manager);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.header("ETag")).isEqualTo("\"1\"");
		assertThat(updated.json().get("unitPriceInclVat").decimalValue()).isEqualByComparingTo("41.15");
		assertThat(updated.json().get("vatRate").decimalValue()).isEqualByComparingTo("5.5");
		assertThat(updated.json().get("featured").asBoolean()).isTrue();
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);

		Response stale = this.api.put("/api/v1/products/" + id, change, this.manager);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		change.remove("version");
		change.put("name", "Switch de test renommé");
		assertThat(this.api.put("/api/v1/products/" + id, change, this.manager).status()).isEqualTo(428);
		Response withIfMatch = this.api.send("PUT", "/api/v1/products/" + id, change, this.manager,
				Map.of("If-Match", "\"1\""));
		assertThat(withIfMatch.status()).isEqualTo(200);
		assertThat(withIfMatch.json().get("version").asLong()).isEqualTo(2);
		assertThat(withIfMatch.json().get("name").asString()).isEqualTo("Switch de test renommé");
		Map<String, Object> unchanged = new HashMap<>(change);
		unchanged.put("version", 2);
		assertThat(this.api.put("/api/v1/products/" + id, unchanged, this.manager).json().get("version").asLong())
			.as("nothing changed, so no new version")
			.isEqualTo(2);

		assertThat(this.api.delete("/api/v1/products/" + id, this.manager).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/products/" + id, this.manager).status()).isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM products WHERE id = ?", id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE product_id = ?", id)).isZero();
	}

	@Test
	void defaultsFollowTheCategory() {
		Response service = this.api.post("/api/v1/products", TestProducts.service(), this.manager);
		assertThat(service.status()).isEqualTo(201);
		assertThat(service.json().get("stockManaged").asBoolean()).isFalse();
		assertThat(service.json().get("stockLevel").isNull()).isTrue();
		assertThat(service.json().get("availability").asString()).isEqualTo("NOT_STOCKED");
		assertThat(service.json().get("reorderLevel").asInt()).isZero();
		long id = service.json().get("id").asLong();
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE product_id = ?", id)).isZero();

		Map<String, Object> stocked = TestProducts.service();
		stocked.put("stockManaged", true);
		Response refused = this.api.post("/api/v1/products", stocked, this.manager);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("product.not-stockable");
		assertThat(refused.errorFields()).containsExactly("stockManaged");
		this.api.delete("/api/v1/products/" + id, this.manager);
	}

	@Test
	void everyInvalidFieldIsNamedAndNothingIsStored() {
		long before = count("SELECT COUNT(*) FROM products");
		Map<String, Object> bad = new HashMap<>();
		bad.put("sku", "abc def");
		bad.put("name", " ");
		bad.put("description", "Texte\u202Epiégé");
		bad.put("unitPriceExclVat", -1);
		bad.put("purchaseCost", 1.234);
		bad.put("vatRate", 19.6);
		bad.put("reorderLevel", -1);
		bad.put("category", "NETWORK");
		Response response = this.api.post("/api/v1/products", bad, this.manager);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.errorFields()).containsExactlyInAnyOrder("sku", "name", "description", "unitPriceExclVat",
				"purchaseCost", "vatRate", "reorderLevel");

		Response missing = this.api.post("/api/v1/products", Map.of(), this.manager);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("sku", "name", "category", "unitPriceExclVat",
				"purchaseCost", "vatRate");

		assertThat(invalid("sku", "-STARTS-WITH-DASH")).containsExactly("sku");
		assertThat(invalid("sku", "X")).containsExactly("sku");
		assertThat(invalid("sku", "A".repeat(33))).containsExactly("sku");
		assertThat(invalid("name", "x".repeat(161))).containsExactly("name");
		assertThat(invalid("name", "Nom\u0007")).containsExactly("name");
		assertThat(invalid("description", "x".repeat(4001))).containsExactly("description");
		assertThat(invalid("unitPriceExclVat", 1000000.01)).containsExactly("unitPriceExclVat");
		assertThat(invalid("purchaseCost", 12345678)).containsOnly("purchaseCost");
		assertThat(invalid("reorderLevel", 1.5)).containsExactly("reorderLevel");
		assertThat(invalid("vatRate", 7)).containsExactly("vatRate");
		assertThat(invalid("vatRate", -20)).containsExactly("vatRate");
		assertThat(invalid("reorderLevel", 1_000_001)).containsExactly("reorderLevel");
		assertThat(count("SELECT COUNT(*) FROM products")).isEqualTo(before);
	}

	@Test
	void malformedRequestsAnswer400() {
		long before = count("SELECT COUNT(*) FROM products");
		Map<String, Object> badCategory = TestProducts.hardware();
		badCategory.put("category", "FOOD");
		Response category = this.api.post("/api/v1/products", badCategory, this.manager);
		assertThat(category.status()).isEqualTo(400);
		assertThat(category.errorFields()).containsExactly("category");
		Map<String, Object> extra = TestProducts.hardware();
		extra.put("unitMargin", 10);
		Response unknown = this.api.post("/api/v1/products", extra, this.manager);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("unitMargin");
		Map<String, Object> wrongType = TestProducts.hardware();
		wrongType.put("reorderLevel", "many");
		assertThat(this.api.post("/api/v1/products", wrongType, this.manager).errorFields())
			.containsExactly("reorderLevel");
		assertThat(this.api.post("/api/v1/products", "{\"sku\": ", this.manager).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/products/abc", this.manager).status()).isEqualTo(400);
		assertThat(count("SELECT COUNT(*) FROM products")).isEqualTo(before);
	}

	@Test
	void aSkuIsUnique() {
		Map<String, Object> first = TestProducts.hardware();
		long id = TestProducts.create(this.api, this.manager, first);
		long before = count("SELECT COUNT(*) FROM products");
		Map<String, Object> duplicate = TestProducts.service();
		duplicate.put("sku", first.get("sku"));
		Response refused = this.api.post("/api/v1/products", duplicate, this.manager);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("product-sku-taken");
		assertThat(refused.json().get("sku").asString()).isEqualTo(first.get("sku"));
		assertThat(refused.json().get("detail").asString()).contains((String) first.get("sku"));
		assertThat(count("SELECT COUNT(*) FROM products")).isEqualTo(before);

		Map<String, Object> rename = new HashMap<>(first);
		rename.put("sku", "PC-PORT-14");
		rename.put("version", 0);
		Response renamed = this.api.put("/api/v1/products/" + id, rename, this.manager);
		assertThat(renamed.status()).isEqualTo(409);
		assertThat(renamed.json().get("code").asString()).isEqualTo("product-sku-taken");
		assertThat(this.jdbc.sql("SELECT sku FROM products WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo(first.get("sku"));
		Map<String, Object> same = new HashMap<>(first);
		same.put("version", 0);
		assertThat(this.api.put("/api/v1/products/" + id, same, this.manager).status()).isEqualTo(200);
		this.api.delete("/api/v1/products/" + id, this.manager);
	}

	@Test
	void aSalesRepCannotChangeTheCatalogue() {
		long id = TestProducts.create(this.api, this.manager, TestProducts.hardware());
		long before = count("SELECT COUNT(*) FROM products");
		Response create = this.api.post("/api/v1/products", TestProducts.hardware(), this.rep);
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.json().get("code").asString()).isEqualTo("forbidden");
		Map<String, Object> change = TestProducts.hardware();
		change.put("version", 0);
		assertThat(this.api.put("/api/v1/products/" + id, change, this.rep).status()).isEqualTo(403);
		assertThat(this.api.delete("/api/v1/products/" + id, this.rep).status()).isEqualTo(403);
		assertThat(count("SELECT COUNT(*) FROM products")).isEqualTo(before);
		assertThat(count("SELECT version FROM products WHERE id = ?", id)).isZero();
		this.api.delete("/api/v1/products/" + id, this.manager);
	}

	@Test
	void aProductWithHistoryCannotBeDeleted() {
		long withMovements = TestProducts.stocked(this.api, this.manager, 3);
		Response refused = this.api.delete("/api/v1/products/" + withMovements, this.manager);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("product-in-use");
		assertThat(refused.json().get("detail").asString()).contains("active = false");
		assertThat(count("SELECT COUNT(*) FROM products WHERE id = ?", withMovements)).isOne();
		assertThat(count("SELECT quantity FROM stock_levels WHERE product_id = ?", withMovements)).isEqualTo(3);

		long sold = count("""
				SELECT MIN(l.product_id) FROM invoice_lines l JOIN products p ON p.id = l.product_id
				WHERE p.stock_managed = FALSE""");
		long auditBefore = count("SELECT COUNT(*) FROM audit_log");
		Response soldRefused = this.api.delete("/api/v1/products/" + sold, this.manager);
		assertThat(soldRefused.status()).isEqualTo(409);
		assertThat(soldRefused.json().get("code").asString()).isEqualTo("product-in-use");
		assertThat(count("SELECT COUNT(*) FROM products WHERE id = ?", sold)).isOne();
		assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(auditBefore);

		Map<String, Object> deactivate = TestProducts
			.requestOf(this.api.get("/api/v1/products/" + withMovements, this.manager).json());
		deactivate.put("active", false);
		Response deactivated = this.api.put("/api/v1/products/" + withMovements, deactivate, this.manager);
		assertThat(deactivated.status()).isEqualTo(200);
		assertThat(deactivated.json().get("active").asBoolean()).isFalse();
	}

	@Test
	void stockManagementStopsOnlyWithAnEmptyStock() {
		long id = TestProducts.stocked(this.api, this.manager, 3);
		Map<String, Object> body = TestProducts.requestOf(this.api.get("/api/v1/products/" + id, this.manager).json());
		body.put("stockManaged", false);
		Response refused = this.api.put("/api/v1/products/" + id, body, this.manager);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorFields()).containsExactly("stockManaged");
		assertThat(refused.json().get("rule").asString()).isEqualTo("stock.not-empty");
		assertThat(this.jdbc.sql("SELECT stock_managed FROM products WHERE id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(count("SELECT version FROM products WHERE id = ?", id)).isZero();

		assertThat(this.api
			.post("/api/v1/products/" + id + "/stock-movements",
					Map.of("quantity", -3, "reason", "ADJUSTMENT", "comment", "Retour fournisseur"), this.manager)
			.status()).isEqualTo(201);
		Response stopped = this.api.put("/api/v1/products/" + id, body, this.manager);
		assertThat(stopped.status()).isEqualTo(200);
		assertThat(stopped.json().get("availability").asString()).isEqualTo("NOT_STOCKED");
		assertThat(stopped.json().get("stockLevel").isNull()).isTrue();
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE product_id = ?", id)).isZero();

		body.put("stockManaged", true);
		body.put("version", 1);
		Response restarted = this.api.put("/api/v1/products/" + id, body, this.manager);
		assertThat(restarted.status()).isEqualTo(200);
		assertThat(restarted.json().get("stockLevel").asInt()).isZero();
		assertThat(count("SELECT quantity FROM stock_levels WHERE product_id = ?", id)).isZero();
	}

	@Test
	void unknownProductsAnswer404() {
		assertThat(this.api.get("/api/v1/products/999999", this.rep).json().get("code").asString())
			.isEqualTo("not-found");
		Map<String, Object> change = TestProducts.hardware();
		change.put("version", 0);
		assertThat(this.api.put("/api/v1/products/999999", change, this.manager).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/products/999999", this.manager).status()).isEqualTo(404);
	}

	@Test
	void errorsSpeakEnglishOnRequest() {
		Map<String, Object> body = TestProducts.hardware();
		body.put("sku", "bad sku");
		Response english = this.api.send("POST", "/api/v1/products", body, this.manager,
				Map.of("Accept-Language", "en"));
		assertThat(english.json().get("errors").get(0).get("message").asString()).startsWith("must be 2 to 32");
		Response french = this.api.post("/api/v1/products", body, this.manager);
		assertThat(french.json().get("errors").get(0).get("message").asString()).startsWith("doit compter 2 à 32");
		body.put("sku", "PC-PORT-14");
		body.put("vatRate", 19.6);
		Response vat = this.api.send("POST", "/api/v1/products", body, this.manager, Map.of("Accept-Language", "en"));
		assertThat(vat.json().get("errors").get(0).get("message").asString())
			.isEqualTo("must be a French VAT rate: 20, 10, 5.5, 2.1 or 0");
		body.put("vatRate", 20);
		Response taken = this.api.send("POST", "/api/v1/products", body, this.manager, Map.of("Accept-Language", "en"));
		assertThat(taken.json().get("title").asString()).isEqualTo("SKU already used");
		assertThat(this.api.post("/api/v1/products", body, this.manager).json().get("title").asString())
			.isEqualTo("Référence déjà utilisée");
	}

	private List<String> invalid(String field, Object value) {
		Map<String, Object> body = TestProducts.hardware();
		body.put(field, value);
		Response response = this.api.post("/api/v1/products", body, this.manager);
		assertThat(response.status()).as(field + "=" + value).isEqualTo(422);
		return response.errorFields();
	}

	/** Price incl. VAT and availability agree with the rows of the database. */
	private void assertPriceAndAvailability(JsonNode item) {
		long id = item.get("id").asLong();
		Map<String, Object> row = this.jdbc
			.sql("SELECT unit_price_excl_vat, vat_rate, stock_managed, reorder_level FROM products WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		BigDecimal price = (BigDecimal) row.get("unit_price_excl_vat");
		BigDecimal rate = (BigDecimal) row.get("vat_rate");
		BigDecimal inclVat = price.add(price.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
		assertThat(item.get("unitPriceExclVat").decimalValue()).isEqualByComparingTo(price);
		assertThat(item.get("vatRate").decimalValue()).isEqualByComparingTo(rate);
		assertThat(item.get("unitPriceInclVat").decimalValue()).isEqualByComparingTo(inclVat);
		if (!(Boolean) row.get("stock_managed")) {
			assertThat(item.get("stockLevel").isNull()).isTrue();
			assertThat(item.get("availability").asString()).isEqualTo("NOT_STOCKED");
			return;
		}
		int level = (int) count("SELECT quantity FROM stock_levels WHERE product_id = ?", id);
		int reorder = ((Number) row.get("reorder_level")).intValue();
		assertThat(item.get("stockLevel").asInt()).isEqualTo(level);
		String expected = (level == 0) ? "OUT_OF_STOCK" : (level <= reorder) ? "LOW" : "IN_STOCK";
		assertThat(item.get("availability").asString()).as(item.get("sku").asString()).isEqualTo(expected);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
