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
