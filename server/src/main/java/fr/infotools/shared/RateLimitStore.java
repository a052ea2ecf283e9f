package fr.infotools.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Where rate-limit counters live. A counter counts events for a key within a window that
 * opens at the key's first event and lasts {@code window}; the next event after it opens
 * a new one. The in-memory store serves one instance; the database store is shared by
 * every instance on the same database.
 */
public interface RateLimitStore {

	/** Counts one more event for the key and returns the window after it. */
	Window hit(String key, Duration window);

	/** The key's current window, without counting (zero events when none is open). */
	Window current(String key, Duration window);

	/** Forgets the key's events. */
	void clear(String key);

	/** Events counted in a window, and when it ends. */
	record Window(long hits, Instant endsAt) {

		public Duration remaining(Instant now) {
			Duration left = Duration.between(now, this.endsAt);
			return left.isNegative() ? Duration.ZERO : left;
		}

	}

}
