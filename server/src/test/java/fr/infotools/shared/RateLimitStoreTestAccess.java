package fr.infotools.shared;

import java.time.Clock;

/**
 * Lets tests of other packages build the in-memory store.
 */
public final class RateLimitStoreTestAccess {

	private RateLimitStoreTestAccess() {
	}

	public static RateLimitStore inMemory(Clock clock) {
		return new InMemoryRateLimitStore(clock);
	}

}
