package fr.infotools.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The database counters without a database write per event, for limits counted on every
 * request (the API quota): this instance counts in memory and adds its counts to the
 * shared counters once a second, reading back what every instance counted. A key may go
 * past its limit by what the instances let through within that second; limits that must
 * be exact (login throttles, the public form) use the database store directly.
 */
class BatchedRateLimitStore implements RateLimitStore {

	private final DatabaseRateLimitStore shared;

	private final Clock clock;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	BatchedRateLimitStore(DatabaseRateLimitStore shared, Clock clock) {
		this.shared = shared;
		this.clock = clock;
	}

	@Override
	public Window hit(String key, Duration window) {
		Instant now = this.clock.instant();
		Counter counter = this.counters.computeIfAbsent(key, (k) -> new Counter(window, now));
		synchronized (counter) {
			if (!now.isBefore(counter.endsAt)) {
				counter.counted = 0;
				counter.endsAt = now.plus(window);
			}
			counter.pending++;
			return new Window(counter.counted + counter.pending, counter.endsAt);
		}
	}

	@Override
	public Window current(String key, Duration window) {
		return this.shared.current(key, window);
	}

	@Override
	public void clear(String key) {
		this.counters.remove(key);
		this.shared.clear(key);
	}

	/** Adds what this instance counted to the shared counters. */
	@Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT1S")
	void flush() {
		Instant now = this.clock.instant();
		this.counters.forEach((key, counter) -> {
			long pending;
			synchronized (counter) {
				pending = counter.pending;
				counter.pending = 0;
			}
			if (pending == 0) {
				if (!now.isBefore(counter.endsAt)) {
					this.counters.remove(key, counter);
				}
				return;
			}
			Window total = this.shared.add(key, counter.window, pending);
			synchronized (counter) {
				counter.counted = total.hits();
				counter.endsAt = total.endsAt();
			}
		});
	}

	private static final class Counter {

		private final Duration window;

		private long counted;

		private long pending;

		private Instant endsAt;

		Counter(Duration window, Instant now) {
			this.window = window;
			this.endsAt = now.plus(window);
		}

	}

}
