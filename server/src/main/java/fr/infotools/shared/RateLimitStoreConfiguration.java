package fr.infotools.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	@ConditionalOnProperty(name = "infotools.rate-limits.store", havingValue = "database")
	RateLimitStore databaseRateLimitStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		return new DatabaseRateLimitStore(jdbc, clock, transactions);
	}

	@Bean
	@ConditionalOnProperty(name = "infotools.rate-limits.store", havingValue = "memory", matchIfMissing = true)
	RateLimitStore inMemoryRateLimitStore(Clock clock) {
		return new InMemoryRateLimitStore(clock);
	}

}
