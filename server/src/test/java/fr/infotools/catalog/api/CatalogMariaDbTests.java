package fr.infotools.catalog.api;

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
import fr.infotools.testsupport.ThrowawayMariaDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The products and stock API on a real MariaDB 10.11, as in production: search, sorting,
 * stock levels read in one query, alerts worked out by the database, and a level that
 * stays at zero under parallel adjustments.
 */
@ExtendWith(ThrowawayMariaDb.class)
@IntegrationTest
@DirtiesContext
@Tag("mariadb")
class CatalogMariaDbTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ThrowawayMariaDb::url);
		registry.add("spring.datasource.username", ThrowawayMariaDb::user);
		registry.add("spring.datasource.password", ThrowawayMariaDb::password);
	}

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
	void searchSortingAndLevelsWorkOnMariaDb() {
		assertThat(this.jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
		Response found = this.api.get("/api/v1/products?q=PORTABLE&sort=unitPriceExclVat,desc", this.manager);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("items")).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((item) -> assertThat(item.get("name").asString()).containsIgnoringCase("portable"));
		assertThat(this.api.get("/api/v1/products?q=_", this.manager).json().get("totalItems").asLong()).isZero();
		Response all = this.api.get("/api/v1/products?size=100", this.manager);
		for (JsonNode item : all.json().get("items")) {
			if (item.get("stockManaged").asBoolean()) {
				assertThat(item.get("stockLevel").asInt())
					.isEqualTo(this.jdbc.sql("SELECT quantity FROM stock_levels WHERE product_id = ?")
						.param(item.get("id").asLong())
						.query(Integer.class)
						.single());
			}
		}
		Response alerts = this.api.get("/api/v1/stock/alerts", this.manager);
		assertThat(alerts.json().size()).isPositive();
		alerts.json()
			.forEach((alert) -> assertThat(alert.get("stockLevel").asInt())
				.isLessThanOrEqualTo(alert.get("reorderLevel").asInt()));
		assertThat(this.api.get("/api/v1/public/products", null).json().size()).isPositive();
	}

	@Test
	void wildcardsInASearchAreSearchedAsText() {
		for (String name : new String[] { "Remise_fidélité 100% service", "Remise1fidélité 1000 service" }) {
			Map<String, Object> body = TestProducts.service();
			body.put("name", name);
			TestProducts.create(this.api, this.manager, body);
		}
		assertThat(names("/api/v1/products?q=Remise_")).containsExactly("Remise_fidélité 100% service");
		assertThat(names("/api/v1/products?q=100%25")).containsExactly("Remise_fidélité 100% service");
		assertThat(names("/api/v1/products?q=Remise")).hasSize(2);
	}

	private List<String> names(String path) {
		List<String> names = new ArrayList<>();
		this.api.get(path, this.manager).json().get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
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
					return this.api
						.post("/api/v1/products/" + id + "/stock-movements",
								Map.of("quantity", -1, "reason", "ADJUSTMENT", "comment", "Inventaire"), this.manager)
						.status();
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
		assertThat(this.jdbc.sql("SELECT quantity FROM stock_levels WHERE product_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT SUM(quantity) FROM stock_movements WHERE product_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

}
