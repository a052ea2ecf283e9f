package fr.infotools.shared;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * The named limits of {@link RateLimitProperties}: each call to {@link #consume} counts
 * one request for the limit and key, and refuses it beyond the limit's capacity until its
 * window ends.
 */
@Component
public class RateLimits {

	private final RateLimitProperties properties;

	private final RateLimitStore store;

	private final Clock clock;

	RateLimits(RateLimitProperties properties, RateLimitStore store, Clock clock) {
		this.properties = properties;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Counts one request of {@code limit} for {@code key}, or throws with the time to
	 * wait.
	 */
	public void consume(String limit, String key) {
		RateLimitProperties.Limit config = this.properties.limit(limit);
		RateLimitStore.Window window = this.store.hit(limit + "|" + key, config.window());
		if (window.hits() > config.capacity()) {
			throw new RateLimitExceededException(limit, window.remaining(this.clock.instant()));
		}
	}

}
