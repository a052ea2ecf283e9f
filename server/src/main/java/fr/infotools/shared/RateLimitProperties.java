package fr.infotools.shared;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Named rate limits: each allows {@code capacity} requests per {@code window} and per key
 * (a client address, a user). Defaults: {@code public-requests} 5 per hour per address
 * (the website's appointment form), {@code api} 1200 per minute per user.
 */
@ConfigurationProperties("infotools.rate-limits")
public record RateLimitProperties(Map<String, Limit> limits) {

	public RateLimitProperties {
		java.util.Map<String, Limit> all = new java.util.HashMap<>(Map.of("public-requests",
				new Limit(5, Duration.ofHours(1)), "api", new Limit(1200, Duration.ofMinutes(1))));
		if (limits != null) {
			all.putAll(limits);
		}
		limits = Map.copyOf(all);
	}

	public Limit limit(String name) {
		Limit limit = this.limits.get(name);
		if (limit == null) {
			throw new IllegalArgumentException("No rate limit named " + name);
		}
		return limit;
	}

	public record Limit(int capacity, Duration window) {

	}

}
