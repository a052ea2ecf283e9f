package fr.infotools.shared;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Named rate limits: each allows {@code capacity} requests per {@code window} and per key
 * (a client address, a user). Defaults: {@code public-requests} 5 per hour per address
 * (the website's appointment form), {@code api} 1200 per minute per user.
 */
@ConfigurationProperties("infotools.rate-limits")
public record RateLimitProperties(Map<String, Limit> limits) {

	private static final Map<String, Limit> DEFAULTS = Map.of("public-requests", new Limit(5, Duration.ofHours(1)),
			"api", new Limit(1200, Duration.ofMinutes(1)));

	/**
	 * A limit configured in part (only {@code capacity}, say) keeps the default of the
	 * other part; a new limit needs both, or the application does not start.
	 */
	public RateLimitProperties {
		Map<String, Limit> all = new HashMap<>(DEFAULTS);
		if (limits != null) {
			limits.forEach((name, configured) -> all.put(name, configured.orDefault(name, DEFAULTS.get(name))));
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

	public record Limit(Integer capacity, Duration window) {

		Limit orDefault(String name, Limit fallback) {
			Integer mergedCapacity = (this.capacity != null) ? this.capacity
					: (fallback != null) ? fallback.capacity : null;
			Duration mergedWindow = (this.window != null) ? this.window : (fallback != null) ? fallback.window : null;
			if (mergedCapacity == null || mergedCapacity < 1 || mergedWindow == null || mergedWindow.isNegative()
					|| mergedWindow.isZero()) {
				throw new IllegalArgumentException("infotools.rate-limits.limits." + name
						+ " needs a capacity of at least 1 and a positive window");
			}
			return new Limit(mergedCapacity, mergedWindow);
		}

	}

}
