package fr.infotools.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.infotools.shared.UtcColumns;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the messages of the outbox that are due, by SMTP. Each message is first
 * claimed with one conditional update (PENDING and due, or SENDING with an expired lease
 * → SENDING, leased to this sender until now + lease, one more attempt): of several
 * senders, on one or several server instances, only one can win a message. The winner
 * sends it, then marks it SENT; after a failure the message waits for its next attempt,
 * later each time, and is marked FAILED after the last one. A sender that dies while
 * holding a message leaves it to be taken again when its lease runs out.
 */
class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private static final String CLAIMABLE = "((status = 'PENDING' AND next_attempt_at <= ?) "
			+ "OR (status = 'SENDING' AND lease_until < ?))";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MailMessageRepository messages;

	private final MailAttachmentRepository attachments;

	private final JavaMailSender mailSender;

	private final MailProperties properties;

	private final Clock clock;

	private final String name;

	OutboxSender(JdbcClient jdbc, PlatformTransactionManager transactionManager, MailMessageRepository messages,
			MailAttachmentRepository attachments, JavaMailSender mailSender, MailProperties properties, Clock clock,
			String name) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
		this.attachments = attachments;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.name = name;
	}

	/** Sends what is due, one batch at most. @return how many messages were sent */
	int deliverDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.jdbc
			.sql("SELECT id FROM mail_outbox WHERE " + CLAIMABLE + " ORDER BY next_attempt_at, id LIMIT ?")
			.params(UtcColumns.utc(now), UtcColumns.utc(now), this.properties.batchSize())
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : due) {
			if (claim(id) && deliver(id)) {
				sent++;
			}
		}
		return sent;
	}

	/** Takes the message for this sender, if no other sender has it. */
	boolean claim(long id) {
		Instant now = this.clock.instant();
		Integer claimed = this.transactions.execute((status) -> this.jdbc
			.sql("UPDATE mail_outbox SET status = 'SENDING', lease_owner = ?, lease_until = ?, "
					+ "attempts = attempts + 1, version = version + 1, updated_at = ? WHERE id = ? AND " + CLAIMABLE)
			.params(this.name, UtcColumns.utc(now.plus(this.properties.lease())), UtcColumns.utc(now), id,
					UtcColumns.utc(now), UtcColumns.utc(now))
			.update());
		return claimed != null && claimed == 1;
	}

	/** Sends a message this sender claimed; records the outcome. */
	boolean deliver(long id) {
		Outgoing outgoing;
		try {
			outgoing = this.transactions.execute((status) -> outgoing(id));
		}
		catch (RuntimeException ex) {
			// a message that cannot even be built (an address that no longer parses) will
			// not get better: no more attempts
			logger.error("Mail {} cannot be built, marked failed", id, ex);
			record(id, MailStatus.FAILED, this.clock.instant(), describe(ex));
			return false;
		}
		try {
			this.mailSender.send(outgoing.mime());
		}
		catch (MailException ex) {
			fail(id, outgoing.attempts(), ex);
			return false;
		}
		if (record(id, MailStatus.SENT, this.clock.instant(), null) == 0) {
			logger.warn("Mail {} was sent by {} after its lease ran out", id, this.name);
		}
		return true;
	}

	private Outgoing outgoing(long id) {
		MailMessage message = this.messages.findById(id).orElseThrow();
		MimeMessage mime = this.mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
			helper.setFrom(new InternetAddress(this.properties.from(), true));
			helper.setTo(message.getRecipients().toArray(String[]::new));
			if (message.getReplyTo() != null) {
				helper.setReplyTo(message.getReplyTo());
			}
			helper.setSubject(message.getSubject());
			helper.setText(message.getTextBody(), message.getHtmlBody());
			for (MailAttachment attachment : this.attachments.findByMailIdOrderByAttachmentNo(id)) {
				helper.addAttachment(attachment.getFileName(), new ByteArrayResource(attachment.getContent()),
						attachment.getContentType());
			}
			// kept by JavaMailSenderImpl when it saves the message
			mime.setHeader("Message-ID", message.getMessageId());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return new Outgoing(mime, message.getAttempts());
	}

	private void fail(long id, int attempts, Exception ex) {
		Instant now = this.clock.instant();
		MailProperties.Retry retry = this.properties.retry();
		if (attempts >= retry.maxAttempts()) {
			logger.error("Mail {} failed {} times, marked failed: {}", id, attempts, describe(ex));
			record(id, MailStatus.FAILED, now, describe(ex));
		}
		else {
			Instant next = now.plus(retry.delayAfter(attempts));
			logger.warn("Mail {} attempt {} failed, next at {}: {}", id, attempts, next, describe(ex));
			record(id, MailStatus.PENDING, next, describe(ex));
		}
	}

	/**
	 * The outcome of this sender's attempt, if it still holds the message. @return 1, or
	 * 0 when another sender took it meanwhile
	 */
	private int record(long id, MailStatus outcome, Instant when, String error) {
		Instant now = this.clock.instant();
		String sql = switch (outcome) {
			case SENT -> "UPDATE mail_outbox SET status = 'SENT', sent_at = ?, last_error = ?, ";
			case PENDING -> "UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ?, ";
			default -> "UPDATE mail_outbox SET status = 'FAILED', next_attempt_at = ?, last_error = ?, ";
		};
		Integer updated = this.transactions.execute((status) -> this.jdbc
			.sql(sql + "lease_owner = NULL, lease_until = NULL, version = version + 1, updated_at = ? "
					+ "WHERE id = ? AND status = 'SENDING' AND lease_owner = ?")
			.params(UtcColumns.utc(when), error, UtcColumns.utc(now), id, this.name)
			.update());
		return (updated != null) ? updated : 0;
	}

	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null && text.length() < MailMessage.MAX_ERROR; cause = cause.getCause()) {
			if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
				text.append((text.length() > 0) ? " — " : "").append(cause.getMessage().strip());
			}
		}
		String described = (text.length() > 0) ? text.toString() : ex.getClass().getSimpleName();
		return (described.length() > MailMessage.MAX_ERROR) ? described.substring(0, MailMessage.MAX_ERROR) : described;
	}

	/** Instants are stored as UTC date-times. */

	private record Outgoing(MimeMessage mime, int attempts) {

	}

}
