package fr.infotools.mail.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.infotools.mail.AttachmentInfo;
import fr.infotools.mail.MailMessage;
import fr.infotools.mail.MailOutbox;
import fr.infotools.mail.MailStatus;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail outbox for managers (the security rules reserve {@code /api/v1/mail/**} to
 * them): every message with its delivery status, one message as it is (or was) sent, and
 * retrying a message that failed. On a server that does not deliver mail (the embedded
 * default), this is where messages are read.
 */
@RestController
@RequestMapping("/api/v1/mail/messages")
class MailController {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status",
			"nextAttemptAt", "nextAttemptAt", "sentAt", "sentAt");

	private final MailOutbox outbox;

	MailController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * The messages, newest first by default; {@code status} PENDING, SENDING, SENT or
	 * FAILED.
	 */
	@GetMapping
	PageResponse<Summary> list(@RequestParam(required = false) MailStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<MailMessage> found = this.outbox.messages(status,
				PageQuery.of(page, size, sort, SORTABLE, "createdAt,desc"));
		Map<Long, List<AttachmentInfo>> files = this.outbox
			.attachmentsOf(found.getContent().stream().map(MailMessage::getId).toList());
		boolean delivers = this.outbox.delivers();
		return PageResponse.of(found.map((message) -> Summary.of(message, files, delivers)));
	}

	/** One message with its bodies. */
	@GetMapping("/{id}")
	Detail get(@PathVariable long id) {
		return detail(this.outbox.message(id));
	}

	/**
	 * Puts a failed message back in the queue for a new series of attempts (409
	 * {@code mail-not-failed} otherwise).
	 */
	@PostMapping("/{id}/retry")
	Detail retry(@PathVariable long id) {
		return detail(this.outbox.retry(id));
	}

	private Detail detail(MailMessage message) {
		Map<Long, List<AttachmentInfo>> files = this.outbox.attachmentsOf(List.of(message.getId()));
		return new Detail(Summary.of(message, files, this.outbox.delivers()), message.getMessageId(),
				message.getTextBody(), message.getHtmlBody());
	}

	/**
	 * A message in a list.
	 *
	 * @param delivered whether this server sends mail at all: false on the embedded
	 * defaults, where messages stay here
	 */
	record Summary(long id, String template, List<String> to, String replyTo, String subject, MailStatus status,
			int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
			List<File> attachments, boolean delivered, long version) {

		static Summary of(MailMessage message, Map<Long, List<AttachmentInfo>> files, boolean delivers) {
			return new Summary(message.getId(), message.getTemplate(), message.getRecipients(), message.getReplyTo(),
					message.getSubject(), message.getStatus(), message.getAttempts(), message.getNextAttemptAt(),
					message.getLastError(), message.getCreatedAt(), message.getSentAt(),
					files.getOrDefault(message.getId(), List.of())
						.stream()
						.map((file) -> new File(file.fileName(), file.contentType(), file.sizeBytes()))
						.toList(),
					delivers, message.getVersion());
		}

	}

	record File(String fileName, String contentType, long sizeBytes) {

	}

	/** A message with its Message-ID and its two bodies, as sent. */
	record Detail(@JsonUnwrapped Summary message, String messageId, String textBody, String htmlBody) {

	}

}
