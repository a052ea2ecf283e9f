package fr.infotools.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Token buckets for the named limits of {@link RateLimitProperties}, one per limit and
 * key, held in memory (bounded, forgotten after two idle windows). Each call to
 * {@link #consume} takes one token or refuses.
 */
@Component
public class RateLimits {

	private final RateLimitProperties properties;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofHours(2))
		.build();

	RateLimits(RateLimitProperties properties) {
		this.properties = properties;
	}

	/**
	 * Takes one request from the bucket of {@code limit} for {@code key}, or throws with
	 * the time to wait.
	 */
	public void consume(String limit, String key) {
		RateLimitProperties.Limit config = this.properties.limit(limit);
		Bucket bucket = this.buckets.get(limit + "|" + key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(config.capacity())
						.refillGreedy(config.capacity(), config.window())
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimitExceededException(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

}
