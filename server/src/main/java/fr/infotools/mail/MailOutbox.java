package fr.infotools.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: how every module sends mail, and what managers see of it. A message is
 * written in the transaction of the action that causes it (it commits or rolls back with
 * it); the background sender delivers it later.
 */
@Service
public class MailOutbox {

	/** The most recipients one message has. */
	public static final int MAX_RECIPIENTS = 10;

	private final MailMessageRepository messages;

	private final MailAttachmentRepository attachments;

	private final MailTemplates templates;

	private final MailProperties properties;

	private final AccessPolicy access;

	private final Clock clock;

	MailOutbox(MailMessageRepository messages, MailAttachmentRepository attachments, MailTemplates templates,
			MailProperties properties, AccessPolicy access, Clock clock) {
		this.messages = messages;
		this.attachments = attachments;
		this.templates = templates;
		this.properties = properties;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Renders the letter and writes it to the outbox, in the caller's transaction (there
	 * must be one): if the action that sends it fails, nothing is sent.
	 * @return the message, to be sent
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MailMessage enqueue(Letter letter) {
		List<String> recipients = addresses(letter.to());
		String replyTo = (letter.replyTo() != null) ? addresses(List.of(letter.replyTo())).get(0) : null;
		MailTemplates.Rendered content = this.templates.render(letter);
		MailMessage message = this.messages.save(new MailMessage(letter.template(), recipients, replyTo,
				content.subject(), content.text(), content.html(), newMessageId(), this.clock.instant()));
		int number = 0;
		for (Letter.Attachment attachment : letter.attachments()) {
			this.attachments.save(new MailAttachment(message.getId(), ++number, attachment));
		}
		return message;
	}

	/** The messages of the outbox, of one status or all, newest first by default. */
	@Transactional(readOnly = true)
	public Page<MailMessage> messages(MailStatus status, Pageable page) {
		this.access.requireManager();
		return (status != null) ? this.messages.findByStatus(status, page) : this.messages.findAll(page);
	}

	@Transactional(readOnly = true)
	public MailMessage message(long id) {
		this.access.requireManager();
		return this.messages.findById(id).orElseThrow(() -> new NotFoundException("mail message", id));
	}

	/** The files attached to each of these messages (names and sizes). */
	@Transactional(readOnly = true)
	public Map<Long, List<AttachmentInfo>> attachmentsOf(Collection<Long> mailIds) {
		this.access.requireManager();
		Map<Long, List<AttachmentInfo>> byMail = new LinkedHashMap<>();
		if (!mailIds.isEmpty()) {
			for (AttachmentInfo info : this.attachments.findInfos(mailIds)) {
				byMail.computeIfAbsent(info.mailId(), (id) -> new ArrayList<>()).add(info);
			}
		}
		return byMail;
	}

	/**
	 * Puts a failed message back in the queue for a new series of attempts (409
	 * {@code mail-not-failed} for a message that did not fail).
	 */
	@Transactional
	public MailMessage retry(long id) {
		MailMessage message = message(id);
		message.retry(this.clock.instant());
		return message;
	}

	/** Whether this server delivers mail (else messages stay in the outbox). */
	public boolean delivers() {
		return this.properties.mode() == MailProperties.Mode.SMTP;
	}

	/**
	 * The recipients, each a single valid address, without duplicates (ignoring case); at
	 * most {@value #MAX_RECIPIENTS}.
	 */
	static List<String> addresses(List<String> given) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> addresses = new ArrayList<>();
		for (String address : given) {
			String strict = strict(address);
			if (seen.add(strict.toLowerCase(Locale.ROOT))) {
				addresses.add(strict);
			}
		}
		if (addresses.isEmpty() || addresses.size() > MAX_RECIPIENTS) {
			throw new IllegalArgumentException("A message goes to 1 to " + MAX_RECIPIENTS + " recipients");
		}
		return addresses;
	}

	/**
	 * Whether the text is one e-mail address this outbox can send to (a bare address,
	 * syntax checked strictly).
	 */
	public static boolean isAddress(String address) {
		try {
			strict(address);
			return true;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
	}

	private static String strict(String address) {
		try {
			InternetAddress parsed = new InternetAddress(address.strip(), true);
			parsed.validate();
			if (parsed.getPersonal() != null || parsed.isGroup()) {
				throw new AddressException("a bare address is expected", address);
			}
			return parsed.getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not an e-mail address: " + address, ex);
		}
	}

	/**
	 * A Message-ID fixed once: a message sent again (after a crash between the SMTP
	 * server's acceptance and the status update) carries the same one, so that mail
	 * systems can recognise the duplicate.
	 */
	private String newMessageId() {
		String domain = "infotools.local";
		try {
			String from = new InternetAddress(this.properties.from()).getAddress();
			domain = from.substring(from.indexOf('@') + 1);
		}
		catch (AddressException ex) {
			// keep the default domain
		}
		return "<" + UUID.randomUUID() + "@" + domain + ">";
	}

}
