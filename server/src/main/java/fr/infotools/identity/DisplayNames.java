package fr.infotools.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every user's display name, read at most once per {@link #MAX_AGE}: every list of the
 * API names its reps, and reading the users table for each one cost a twentieth of the
 * call. A name changes only when the directory renames someone (seen at their next
 * login): this server forgets its copy when that login commits, another instance within
 * {@link #MAX_AGE}.
 */
class DisplayNames {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final Clock clock;

	private volatile Snapshot snapshot;

	DisplayNames(Clock clock) {
		this.clock = clock;
	}

	Map<Long, String> get(Supplier<Map<Long, String>> read) {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || !now.isBefore(current.readAt().plus(MAX_AGE))) {
			current = new Snapshot(read.get(), now);
			this.snapshot = current;
		}
		return current.names();
	}

	/** Forgets the copy once the current transaction commits (at once without one). */
	void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	void forget() {
		this.snapshot = null;
	}

	private record Snapshot(Map<Long, String> names, Instant readAt) {

	}

}
