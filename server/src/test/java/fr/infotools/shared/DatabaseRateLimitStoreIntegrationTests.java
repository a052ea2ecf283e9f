package fr.infotools.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database store of rate-limit counters, which several instances share: exact counts
 * under concurrency, and login throttling kept in the table (its own server, with the
 * database store).
 */
@IntegrationTest
@TestPropertySource(properties = { "infotools.rate-limits.store=database", "infotools.demo-data.enabled=false" })
class DatabaseRateLimitStoreIntegrationTests {

	@Autowired
	RateLimitStore store;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theDatabaseStoreIsInUseAndCountsExactlyUnderConcurrency() throws Exception {
		assertThat(this.store).isInstanceOf(DatabaseRateLimitStore.class);
		String key = "test|" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<RateLimitStore.Window>> hits = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				hits.add(pool.submit(() -> this.store.hit(key, Duration.ofMinutes(5))));
			}
			List<Long> counts = new ArrayList<>();
			for (Future<RateLimitStore.Window> hit : hits) {
				counts.add(hit.get().hits());
			}
			assertThat(counts)
				.containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.store.current(key, Duration.ofMinutes(5)).hits()).isEqualTo(40);
		this.store.clear(key);
		assertThat(this.store.current(key, Duration.ofMinutes(5)).hits()).isZero();
	}

	/**
	 * Two instances of the batched store (two servers) on one table: each answers from
	 * memory, and after a flush each knows what both counted.
	 */
	@Test
	void theApiQuotaIsCountedInBatchesSharedByEveryInstance() {
		DatabaseRateLimitStore shared = (DatabaseRateLimitStore) this.store;
		BatchedRateLimitStore first = new BatchedRateLimitStore(shared, java.time.Clock.systemUTC());
		BatchedRateLimitStore second = new BatchedRateLimitStore(shared, java.time.Clock.systemUTC());
		String key = "api|" + UUID.randomUUID();
		Duration window = Duration.ofMinutes(5);
		for (int i = 0; i < 30; i++) {
			first.hit(key, window);
		}
		assertThat(second.hit(key, window).hits()).isEqualTo(1);
		assertThat(shared.current(key, window).hits()).isZero();

		first.flush();
		second.flush();

		assertThat(shared.current(key, window).hits()).isEqualTo(31);
		assertThat(second.hit(key, window).hits()).isEqualTo(32);
		first.flush();
		assertThat(first.hit(key, window).hits()).isEqualTo(31);
		second.flush();
		first.flush();
		assertThat(first.hit(key, window).hits()).isEqualTo(34);
		first.clear(key);
		assertThat(shared.current(key, window).hits()).isZero();
	}

	@Test
	void theServerCountsTheApiQuotaThroughTheBatchedStore() throws InterruptedException {
		Api api = new Api(this.port);
		String token = api.login(DemoAccounts.REP).access();
		for (int i = 0; i < 3; i++) {
			assertThat(api.get("/api/v1/appointments/upcoming", token).status()).isEqualTo(200);
		}
		long rep = this.jdbc.sql("SELECT id FROM users WHERE username = ?")
			.param(DemoAccounts.REP)
			.query(Long.class)
			.single();
		java.util.Optional<Long> counted = java.util.Optional.empty();
		for (int wait = 0; wait < 100 && !counted.equals(java.util.Optional.of(3L)); wait++) {
			Thread.sleep(100);
			counted = this.jdbc.sql("SELECT hits FROM rate_limit_counters WHERE bucket_key = ?")
				.param("api|" + rep)
				.query(Long.class)
				.optional();
		}
		assertThat(counted).hasValue(3L);
	}

	@Test
	void failedLoginsAreCountedInTheSharedTable() {
		Api api = new Api(this.port);
		String account = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			assertThat(api.tokenRequest(account, "wrong").status()).isEqualTo(401);
		}
		assertThat(api.tokenRequest(account, "wrong").status()).isEqualTo(429);
		assertThat(this.jdbc.sql("SELECT hits FROM rate_limit_counters WHERE bucket_key = ?")
			.param("login-user|" + account)
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(api.tokenRequest(DemoAccounts.REP, DemoAccounts.PASSWORD).status()).isEqualTo(200);
	}

}
