package fr.infotools.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counters in this instance's memory: bounded in size, forgotten a day after their last
 * use.
 */
class InMemoryRateLimitStore implements RateLimitStore {

	private final Cache<String, Window> windows = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofDays(1))
		.build();

	private final Clock clock;

	InMemoryRateLimitStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Window hit(String key, Duration window) {
		Instant now = this.clock.instant();
		return this.windows.asMap()
			.compute(key, (k, open) -> (open == null || !now.isBefore(open.endsAt())) ? new Window(1, now.plus(window))
					: new Window(open.hits() + 1, open.endsAt()));
	}

	@Override
	public Window current(String key, Duration window) {
		Instant now = this.clock.instant();
		Window open = this.windows.getIfPresent(key);
		return (open == null || !now.isBefore(open.endsAt())) ? new Window(0, now) : open;
	}

	@Override
	public void clear(String key) {
		this.windows.invalidate(key);
	}

}
