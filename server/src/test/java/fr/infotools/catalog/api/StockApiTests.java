package fr.infotools.catalog.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * The stock API over real HTTP: a product's movements, restocks and adjustments with each
 * of their rules, the level that never goes below zero (also under concurrency), and the
 * restocking alerts.
 */
@IntegrationTest
class StockApiTests {

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
	void everyoneReadsAProductsMovementsNewestFirst() {
		long id = count(
				"""
						SELECT MIN(product_id) FROM stock_movements
						WHERE product_id IN (SELECT product_id FROM stock_movements GROUP BY product_id HAVING COUNT(*) >= 3)""");
		Response page = this.api.get("/api/v1/products/" + id + "/stock-movements?size=100", this.rep);
		assertThat(page.status()).isEqualTo(200);
		JsonNode items = page.json().get("items");
		assertThat(page.json().get("totalItems").asLong())
			.isEqualTo(count("SELECT COUNT(*) FROM stock_movements WHERE product_id = ?", id));
		List<Instant> times = new ArrayList<>();
		items.forEach((item) -> {
			assertThat(item.get("productId").asLong()).isEqualTo(id);
			assertThat(item.get("quantity").asInt()).isNotZero();
			times.add(Instant.parse(item.get("createdAt").asString()));
		});
		assertThat(times).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo((a, b) -> b.compareTo(a));
		Response first = this.api.get("/api/v1/products/" + id + "/stock-movements?size=1", this.rep);
		assertThat(first.json().get("items")).hasSize(1);
		assertThat(first.json().get("items").get(0).get("id").asLong()).isEqualTo(items.get(0).get("id").asLong());
		assertThat(this.api.get("/api/v1/products/" + id + "/stock-movements?size=0", this.rep).errorFields())
			.containsExactly("size");
		assertThat(this.api.get("/api/v1/products/999999/stock-movements", this.rep).status()).isEqualTo(404);
	}

	@Test
	void aManagerRestocksAndAdjusts() {
		long id = TestProducts.create(this.api, this.manager, TestProducts.hardware());
		Response restock = move(id, 10, "RESTOCK", "BL-77", null);
		assertThat(restock.status()).isEqualTo(201);
		assertThat(restock.header("Location")).endsWith("/api/v1/products/" + id + "/stock-movements");
		assertThat(restock.json().get("stockLevel").asInt()).isEqualTo(10);
		assertThat(restock.json().get("availability").asString()).isEqualTo("IN_STOCK");
		JsonNode movement = restock.json().get("movement");
		assertThat(movement.get("quantity").asInt()).isEqualTo(10);
		assertThat(movement.get("reason").asString()).isEqualTo("RESTOCK");
		assertThat(movement.get("reference").asString()).isEqualTo("BL-77");
		assertThat(movement.get("userName").asString()).isEqualTo("Marie Martin");

		Response adjustment = move(id, -8, "ADJUSTMENT", null, "Casse\nconstatée à l'inventaire");
		assertThat(adjustment.status()).isEqualTo(201);
		assertThat(adjustment.json().get("stockLevel").asInt()).isEqualTo(2);
		assertThat(adjustment.json().get("availability").asString()).isEqualTo("LOW");
		assertThat(level(id)).isEqualTo(2);
		assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE product_id = ?", id))
			.isEqualTo(2);

		Response history = this.api.get("/api/v1/products/" + id + "/stock-movements", this.rep);
		assertThat(history.json().get("items")).hasSize(2);
		assertThat(history.json().get("items").get(0).get("quantity").asInt()).isEqualTo(-8);
		assertThat(history.json().get("items").get(0).get("comment").asString())
			.isEqualTo("Casse\nconstatée à l'inventaire");
		assertThat(history.json().get("items").get(1).get("quantity").asInt()).isEqualTo(10);

		assertThat(move(id, -2, "ADJUSTMENT", null, "Perte").json().get("availability").asString())
			.isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void everyMovementRuleIsNamedAndNothingIsStored() {
		long id = TestProducts.stocked(this.api, this.manager, 5);
		long movements = movements(id);
		assertRule(move(id, 0, "RESTOCK", null, null), "stock.quantity-zero", "quantity");
		assertRule(move(id, -1, "RESTOCK", null, "x"), "stock.restock-positive", "quantity");
		assertRule(move(id, -1, "ADJUSTMENT", null, null), "stock.comment-required", "comment");
		assertRule(move(id, -1, "ADJUSTMENT", null, "   "), "stock.comment-required", "comment");
		assertRule(move(id, -1, "SALE", "FA-2026-99999", "x"), "stock.reason-manual", "reason");
		assertRule(move(id, 1, "RETURN", null, "x"), "stock.reason-manual", "reason");
		assertRule(move(id, 100_001, "RESTOCK", null, null), "stock.quantity-range", "quantity");
		assertRule(move(id, -100_001, "ADJUSTMENT", null, "x"), "stock.quantity-range", "quantity");

		Response missing = this.api.post("/api/v1/products/" + id + "/stock-movements", Map.of(), this.manager);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("quantity", "reason");
		Response tooLong = move(id, 1, "RESTOCK", "R".repeat(65), "c".repeat(501));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.errorFields()).containsExactlyInAnyOrder("reference", "comment");
		assertThat(move(id, 1, "RESTOCK", "BL\u202E1", null).errorFields()).containsExactly("reference");

		Response badReason = move(id, 1, "GIFT", null, null);
		assertThat(badReason.status()).isEqualTo(400);
		assertThat(badReason.errorFields()).containsExactly("reason");
		Response fraction = this.api.post("/api/v1/products/" + id + "/stock-movements",
				"{\"quantity\": 1.5, \"reason\": \"RESTOCK\"}", this.manager);
		assertThat(fraction.status()).isEqualTo(422);
		assertThat(fraction.errorFields()).containsExactly("quantity");
		Response huge = this.api.post("/api/v1/products/" + id + "/stock-movements",
				"{\"quantity\": 99999999999, \"reason\": \"RESTOCK\"}", this.manager);
		assertThat(huge.status()).isEqualTo(422);
		assertThat(huge.errorFields()).containsExactly("quantity");
		Response text = this.api.post("/api/v1/products/" + id + "/stock-movements",
				"{\"quantity\": \"lots\", \"reason\": \"RESTOCK\"}", this.manager);
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.errorFields()).containsExactly("quantity");
		assertThat(movements(id)).isEqualTo(movements);
		assertThat(level(id)).isEqualTo(5);
	}

	@Test
	void aMovementBelowZeroIsRefusedAndChangesNothing() {
		long id = TestProducts.stocked(this.api, this.manager, 3);
		long movements = movements(id);
		long audit = count("SELECT COUNT(*) FROM audit_log");
		Response refused = move(id, -4, "ADJUSTMENT", null, "Inventaire");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("insufficient-stock");
		assertThat(refused.json().get("available").asInt()).isEqualTo(3);
		assertThat(refused.json().get("requested").asInt()).isEqualTo(4);
		assertThat(refused.json().get("shortages").get(0).get("available").asInt()).isEqualTo(3);
		assertThat(level(id)).isEqualTo(3);
		assertThat(movements(id)).isEqualTo(movements);
		assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audit);
		assertThat(move(id, -3, "ADJUSTMENT", null, "Inventaire").status()).isEqualTo(201);
		assertThat(level(id)).isZero();
	}

	@Test
	void parallelAdjustmentsNeverTakeTheLevelBelowZero() throws Exception {
		long id = TestProducts.stocked(this.api, this.manager, 10);
		int attempts = 20;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				Callable<Integer> adjustment = () -> {
					start.await();
					return move(id, -1, "ADJUSTMENT", null, "Inventaire parallèle").status();
				};
				answers.add(pool.submit(adjustment));
			}
			start.countDown();
			Map<Integer, Integer> statuses = new HashMap<>();
			for (Future<Integer> answer : answers) {
				statuses.merge(answer.get(), 1, Integer::sum);
			}
			assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 10, 409, 10));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(level(id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM stock_movements WHERE product_id = ? AND quantity = -1", id))
			.isEqualTo(10);
		assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE product_id = ?", id)).isZero();
	}

	@Test
	void aProductThatIsNotStockManagedHasNoStockToMove() {
		long id = TestProducts.create(this.api, this.manager, TestProducts.service());
		Response refused = move(id, 5, "RESTOCK", null, null);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("stock.not-managed");
		assertThat(movements(id)).isZero();
		assertThat(move(999999, 5, "RESTOCK", null, null).status()).isEqualTo(404);
		this.api.delete("/api/v1/products/" + id, this.manager);
	}

	@Test
	void onlyManagersMoveStockAndSeeAlerts() {
		long id = TestProducts.stocked(this.api, this.manager, 4);
		Response refused = this.api.post("/api/v1/products/" + id + "/stock-movements",
				Map.of("quantity", 1, "reason", "RESTOCK"), this.rep);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(level(id)).isEqualTo(4);
		assertThat(movements(id)).isOne();
		assertThat(this.api.get("/api/v1/stock/alerts", this.rep).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/stock/alerts", null).status()).isEqualTo(401);
	}

	@Test
	void alertsListTheActiveProductsAtOrUnderTheirReorderLevel() {
		long low = TestProducts.stocked(this.api, this.manager, 2);
		long empty = TestProducts.stocked(this.api, this.manager, 0);
		long plenty = TestProducts.stocked(this.api, this.manager, 3);
		long inactive = TestProducts.stocked(this.api, this.manager, 1);
		Map<String, Object> deactivate = TestProducts
			.requestOf(this.api.get("/api/v1/products/" + inactive, this.manager).json());
		deactivate.put("active", false);
		assertThat(this.api.put("/api/v1/products/" + inactive, deactivate, this.manager).status()).isEqualTo(200);

		Response alerts = this.api.get("/api/v1/stock/alerts", this.manager);
		assertThat(alerts.status()).isEqualTo(200);
		JsonNode items = alerts.json();
		assertThat(items.size()).isEqualTo((int) count("""
				SELECT COUNT(*) FROM stock_levels s JOIN products p ON p.id = s.product_id
				WHERE p.active = TRUE AND s.quantity <= p.reorder_level"""));
		List<Long> ids = new ArrayList<>();
		int previous = Integer.MIN_VALUE;
		for (JsonNode item : items) {
			ids.add(item.get("productId").asLong());
			int level = item.get("stockLevel").asInt();
			assertThat(level).isEqualTo(level(item.get("productId").asLong()))
				.isLessThanOrEqualTo(item.get("reorderLevel").asInt())
				.isGreaterThanOrEqualTo(previous);
			assertThat(item.get("availability").asString()).isEqualTo((level == 0) ? "OUT_OF_STOCK" : "LOW");
			assertThat(item.has("purchaseCost")).isFalse();
			previous = level;
		}
		assertThat(ids).contains(low, empty).doesNotContain(plenty, inactive);
	}

	private Response move(long id, int quantity, String reason, String reference, String comment) {
		Map<String, Object> body = new HashMap<>();
		body.put("quantity", quantity);
		body.put("reason", reason);
		if (reference != null) {
			body.put("reference", reference);
		}
		if (comment != null) {
			body.put("comment", comment);
		}
		return this.api.post("/api/v1/products/" + id + "/stock-movements", body, this.manager);
	}

	private static void assertRule(Response response, String rule, String field) {
		assertThat(response.status()).as(rule).isEqualTo(422);
		assertThat(response.json().get("rule").asString()).isEqualTo(rule);
		assertThat(response.errorFields()).containsExactly(field);
	}

	private int level(long id) {
		return this.jdbc.sql("SELECT quantity FROM stock_levels WHERE product_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	private long movements(long id) {
		return count("SELECT COUNT(*) FROM stock_movements WHERE product_id = ?", id);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
