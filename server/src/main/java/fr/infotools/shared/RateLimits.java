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

	/** Where the limits counted on every request go, when it is not {@link #store}. */
	private final RateLimitStore perRequestStore;

	/** The limits counted on every request. */
	private static final java.util.Set<String> PER_REQUEST = java.util.Set.of("api");

	RateLimits(RateLimitProperties properties, RateLimitStore store, Clock clock) {
		this(properties, store, (BatchedRateLimitStore) null, clock);
	}

	@org.springframework.beans.factory.annotation.Autowired
	RateLimits(RateLimitProperties properties, RateLimitStore store,
			org.springframework.beans.factory.ObjectProvider<BatchedRateLimitStore> batched, Clock clock) {
		this(properties, store, batched.getIfAvailable(), clock);
	}

	private RateLimits(RateLimitProperties properties, RateLimitStore store, BatchedRateLimitStore batched,
			Clock clock) {
		this.properties = properties;
		this.store = store;
		this.perRequestStore = (batched != null) ? batched : store;
		this.clock = clock;
	}

	/**
	 * Counts one request of {@code limit} for {@code key}, or throws with the time to
	 * wait.
	 */
	public void consume(String limit, String key) {
		RateLimitProperties.Limit config = this.properties.limit(limit);
		RateLimitStore counters = PER_REQUEST.contains(limit) ? this.perRequestStore : this.store;
		RateLimitStore.Window window = counters.hit(limit + "|" + key, config.window());
		if (window.hits() > config.capacity()) {
			throw new RateLimitExceededException(limit, window.remaining(this.clock.instant()));
		}
	}

}
