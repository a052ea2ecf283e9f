package fr.infotools.mail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One e-mail of the outbox, as it will be (or was) sent: recipients, subject, plain-text
 * and HTML bodies already rendered, and its delivery state. Its {@code Message-ID} is
 * fixed when it is written, so that a message sent again after a crash carries the same
 * identity. The background sender changes the delivery state with conditional updates
 * (see {@code OutboxSender}); a manager can only put a failed message back in the queue.
 */
@Entity
@Table(name = "mail_outbox")
public class MailMessage extends AbstractEntity {

	/** Longest error text kept from a failed attempt. */
	static final int MAX_ERROR = 1000;

	@Column(nullable = false, updatable = false)
	private String template;

	@Column(nullable = false, updatable = false)
	private String recipients;

	@Column(updatable = false)
	private String replyTo;

	@Column(nullable = false, updatable = false)
	private String subject;

	// LONGTEXT columns, mapped as text (both H2 and MariaDB report them as character
	// types)
	@Column(nullable = false, updatable = false)
	private String textBody;

	@Column(nullable = false, updatable = false)
	private String htmlBody;

	@Column(nullable = false, updatable = false)
	private String messageId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailStatus status = MailStatus.PENDING;

	private int attempts;

	@Column(nullable = false)
	private Instant nextAttemptAt;

	private String leaseOwner;

	private Instant leaseUntil;

	private String lastError;

	private Instant sentAt;

	protected MailMessage() {
	}

	MailMessage(String template, List<String> recipients, String replyTo, String subject, String textBody,
			String htmlBody, String messageId, Instant now) {
		this.template = template;
		this.recipients = String.join(",", recipients);
		this.replyTo = replyTo;
		this.subject = subject;
		this.textBody = textBody;
		this.htmlBody = htmlBody;
		this.messageId = messageId;
		this.nextAttemptAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Puts a failed message back in the queue, for a new series of attempts from now (409
	 * {@code mail-not-failed} for any other message).
	 */
	void retry(Instant now) {
		if (this.status != MailStatus.FAILED) {
			throw new ConflictException("mail-not-failed", Map.of("status", this.status.name()), getId(),
					this.status.name());
		}
		this.status = MailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public String getTemplate() {
		return this.template;
	}

	public List<String> getRecipients() {
		return Arrays.asList(this.recipients.split(","));
	}

	public String getReplyTo() {
		return this.replyTo;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getTextBody() {
		return this.textBody;
	}

	public String getHtmlBody() {
		return this.htmlBody;
	}

	public String getMessageId() {
		return this.messageId;
	}

	public MailStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLeaseOwner() {
		return this.leaseOwner;
	}

	public Instant getLeaseUntil() {
		return this.leaseUntil;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
