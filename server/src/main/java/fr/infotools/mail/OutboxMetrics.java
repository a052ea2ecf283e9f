package fr.infotools.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The outbox seen by supervision: {@code infotools.mail.outbox.messages} by status (the
 * backlog is the pending ones, failures are the failed ones) and
 * {@code infotools.mail.outbox.oldest.due.age}, how long the longest-waiting due message
 * has been waiting (0 when none), which grows when no sender delivers: SMTP down or the
 * sender stuck. The outbox is shared, so every instance reports the same figures. One
 * read of the table serves a whole scrape: figures are read again at most every few
 * seconds.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private static final Duration FRESHNESS = Duration.ofSeconds(5);

	private final MailMessageRepository messages;

	private final Clock clock;

	private Snapshot snapshot;

	OutboxMetrics(MailMessageRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (MailStatus status : MailStatus.values()) {
			Gauge.builder("infotools.mail.outbox.messages", this, (metrics) -> metrics.current().count(status))
				.description("Messages in the mail outbox, by status")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("infotools.mail.outbox.oldest.due.age", this, (metrics) -> metrics.current().oldestDueAge())
			.description("How long the longest-waiting due message of the outbox has been waiting (0 when none)")
			.baseUnit("seconds")
			.register(registry);
	}

	private synchronized Snapshot current() {
		Instant now = this.clock.instant();
		if (this.snapshot == null || this.snapshot.readAt().plus(FRESHNESS).isBefore(now)) {
			Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
			this.messages.countByStatus().forEach((row) -> counts.put(row.getStatus(), row.getCount()));
			Instant oldestDue = this.messages.oldestPendingDueAt();
			double age = (oldestDue == null || oldestDue.isAfter(now)) ? 0
					: Duration.between(oldestDue, now).toMillis() / 1000.0;
			this.snapshot = new Snapshot(now, counts, age);
		}
		return this.snapshot;
	}

	private record Snapshot(Instant readAt, Map<MailStatus, Long> counts, double oldestDueAge) {

		double count(MailStatus status) {
			return this.counts.getOrDefault(status, 0L);
		}

	}

}
