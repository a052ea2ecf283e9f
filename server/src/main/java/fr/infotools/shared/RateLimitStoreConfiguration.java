package fr.infotools.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chooses where rate-limit counters live: {@code infotools.rate-limits.store=memory}
 * (default, one instance) or {@code database} (shared by every instance).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitStoreConfiguration {

	@Bean
	@Primary
	@ConditionalOnProperty(name = "infotools.rate-limits.store", havingValue = "database")
	DatabaseRateLimitStore databaseRateLimitStore(JdbcClient jdbc, Clock clock,
			PlatformTransactionManager transactions) {
		return new DatabaseRateLimitStore(jdbc, clock, transactions);
	}

	/** The API quota is counted on every request: in batches, not one write each. */
	@Bean
	@ConditionalOnProperty(name = "infotools.rate-limits.store", havingValue = "database")
	BatchedRateLimitStore batchedRateLimitStore(DatabaseRateLimitStore shared, Clock clock) {
		return new BatchedRateLimitStore(shared, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "infotools.rate-limits.store", havingValue = "memory", matchIfMissing = true)
	RateLimitStore inMemoryRateLimitStore(Clock clock) {
		return new InMemoryRateLimitStore(clock);
	}

}
