package fr.infotools.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out ({@code infotools.mail.*}).
 *
 * @param mode {@code outbox-only} (the embedded default: messages stay in the outbox,
 * readable by managers) or {@code smtp} (a background sender delivers them through the
 * server of {@code spring.mail.*})
 * @param from the sender address of every message
 * @param pollInterval how often the sender looks for messages due
 * @param batchSize how many messages one look takes at most
 * @param lease how long a sender holds a message it claimed before another may take it
 * (longer than any SMTP timeout)
 * @param retry when failed attempts are tried again
 */
@ConfigurationProperties("infotools.mail")
record MailProperties(@DefaultValue("outbox-only") Mode mode,
		@DefaultValue("InfoTools <no-reply@infotools.example>") String from, @DefaultValue("10s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("5m") Duration lease, @DefaultValue Retry retry) {

	enum Mode {

		OUTBOX_ONLY, SMTP

	}

	/**
	 * Attempt n (from 1) that fails is tried again after {@code initialDelay ×
	 * multiplier^(n-1)}, at most {@code maxDelay}; after {@code maxAttempts} attempts the
	 * message is marked failed.
	 */
	record Retry(@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration initialDelay,
			@DefaultValue("2h") Duration maxDelay, @DefaultValue("2") double multiplier) {

		/** The wait before the attempt after {@code attempts} failed ones. */
		Duration delayAfter(int attempts) {
			double factor = Math.pow(this.multiplier, Math.max(0, attempts - 1));
			double millis = Math.min(this.initialDelay.toMillis() * factor, this.maxDelay.toMillis());
			return Duration.ofMillis((long) millis);
		}

	}

}
