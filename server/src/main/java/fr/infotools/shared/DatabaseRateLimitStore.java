package fr.infotools.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters in the {@code rate_limit_counters} table, so that every instance on the
 * database counts the same events. Each change locks the key's row and commits on its own
 * (a failed login still counts).
 */
class DatabaseRateLimitStore implements RateLimitStore {

	private static final int MAX_ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	DatabaseRateLimitStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Window hit(String key, Duration window) {
		return add(key, window, 1);
	}

	/** Counts {@code events} more events for the key at once. */
	Window add(String key, Duration window, long events) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.ownTransaction.execute((status) -> count(key, window, events));
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
				// InnoDB: two first hits on one key both wait on the gap they locked, one
				// is chosen
				// as the deadlock victim; or another instance created the row first. The
				// transaction
				// was rolled back as a whole: count again, on the row that now exists.
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Window count(String key, Duration window, long events) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Optional<Window> open = lock(key, window);
		if (open.isEmpty()) {
			this.jdbc.sql("INSERT INTO rate_limit_counters (bucket_key, window_start, hits) VALUES (?, ?, ?)")
				.params(key, UtcColumns.utc(now), events)
				.update();
			return new Window(events, now.plus(window));
		}
		if (!now.isBefore(open.get().endsAt())) {
			this.jdbc.sql("UPDATE rate_limit_counters SET window_start = ?, hits = ? WHERE bucket_key = ?")
				.params(UtcColumns.utc(now), events, key)
				.update();
			return new Window(events, now.plus(window));
		}
		this.jdbc.sql("UPDATE rate_limit_counters SET hits = hits + ? WHERE bucket_key = ?")
			.params(events, key)
			.update();
		return new Window(open.get().hits() + events, open.get().endsAt());
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Window current(String key, Duration window) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("SELECT window_start, hits FROM rate_limit_counters WHERE bucket_key = ?")
			.param(key)
			.query((rs, row) -> new Window(rs.getLong("hits"), UtcColumns.instant(rs, "window_start").plus(window)))
			.optional()
			.filter((open) -> now.isBefore(open.endsAt()))
			.orElse(new Window(0, now));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void clear(String key) {
		this.jdbc.sql("DELETE FROM rate_limit_counters WHERE bucket_key = ?").param(key).update();
	}

	/** Forgets counters idle for a day: every configured window is shorter. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void purge() {
		this.jdbc.sql("DELETE FROM rate_limit_counters WHERE window_start < ?")
			.param(UtcColumns.utc(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	private Optional<Window> lock(String key, Duration window) {
		return this.jdbc.sql("SELECT window_start, hits FROM rate_limit_counters WHERE bucket_key = ? FOR UPDATE")
			.param(key)
			.query((rs, row) -> new Window(rs.getLong("hits"), UtcColumns.instant(rs, "window_start").plus(window)))
			.optional();
	}

}
