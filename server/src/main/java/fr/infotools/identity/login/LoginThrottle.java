package fr.infotools.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import fr.infotools.shared.RateLimitStore;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address within a window. While either
 * has used up its failures, login attempts are refused with the time to wait, before any
 * password is checked. A successful login clears the account's count. The counters live
 * in the configured {@link RateLimitStore}, so with the database store every instance
 * sees the same failures.
 */
@Component
public class LoginThrottle {

	private final LoginThrottleProperties properties;

	private final RateLimitStore store;

	private final Clock clock;

	LoginThrottle(LoginThrottleProperties properties, RateLimitStore store, Clock clock) {
		this.properties = properties;
		this.store = store;
		this.clock = clock;
	}

	/** Refuses the attempt when the account or the address has used up its failures. */
	void checkAllowed(String username, String address) {
		Optional<Duration> wait = waitFor(userKey(username), this.properties.maxFailuresPerUser())
			.or(() -> waitFor(addressKey(address), this.properties.maxFailuresPerAddress()));
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
	}

	void recordFailure(String username, String address) {
		this.store.hit(userKey(username), this.properties.window());
		this.store.hit(addressKey(address), this.properties.window());
	}

	void recordSuccess(String username) {
		this.store.clear(userKey(username));
	}

	private Optional<Duration> waitFor(String key, int maxFailures) {
		RateLimitStore.Window window = this.store.current(key, this.properties.window());
		if (window.hits() < maxFailures) {
			return Optional.empty();
		}
		Duration left = window.remaining(this.clock.instant());
		return Optional.of(Duration.ofSeconds(Math.max(1, (left.toMillis() + 999) / 1000)));
	}

	private static String userKey(String username) {
		return "login-user|" + username;
	}

	private static String addressKey(String address) {
		return "login-address|" + address;
	}

}
