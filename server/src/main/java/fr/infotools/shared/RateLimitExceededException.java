package fr.infotools.shared;

import java.time.Duration;

/**
 * Too many requests for a rate limit (429 with {@code Retry-After}).
 */
public class RateLimitExceededException extends RuntimeException {

	private final String limit;

	private final Duration retryAfter;

	public RateLimitExceededException(String limit, Duration retryAfter) {
		super("Rate limit " + limit + " exceeded");
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	public String getLimit() {
		return this.limit;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/** Whole seconds to wait, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
