package fr.infotools.identity.login;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in token buckets that refill
 * after the window. While either bucket is empty, login attempts are refused with the
 * time to wait. A successful login clears the account's count. The buckets live in memory
 * (bounded), which holds for one instance.
 */
@Component
public class LoginThrottle {

	private final LoginThrottleProperties properties;

	private final Cache<String, Bucket> byUser;

	private final Cache<String, Bucket> byAddress;

	LoginThrottle(LoginThrottleProperties properties) {
		this.properties = properties;
		this.byUser = newCache(properties.window());
		this.byAddress = newCache(properties.window());
	}

	private static Cache<String, Bucket> newCache(Duration window) {
		return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
	}

	/** Refuses the attempt when the account or the address has used up its failures. */
	void checkAllowed(String username, String address) {
		Optional<Duration> wait = waitFor(this.byUser.getIfPresent(username))
			.or(() -> waitFor(this.byAddress.getIfPresent(address)));
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
	}

	void recordFailure(String username, String address) {
		userBucket(username).tryConsume(1);
		addressBucket(address).tryConsume(1);
	}

	void recordSuccess(String username) {
		this.byUser.invalidate(username);
	}

	private Bucket userBucket(String username) {
		return this.byUser.get(username, (key) -> newBucket(this.properties.maxFailuresPerUser()));
	}

	private Bucket addressBucket(String address) {
		return this.byAddress.get(address, (key) -> newBucket(this.properties.maxFailuresPerAddress()));
	}

	private Bucket newBucket(int failures) {
		return Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(failures).refillIntervally(failures, this.properties.window()).build())
			.build();
	}

	private static Optional<Duration> waitFor(Bucket bucket) {
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return Optional.empty();
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Optional.of(Duration.ofNanos(nanos).plusSeconds(1).withNanos(0));
	}

}
