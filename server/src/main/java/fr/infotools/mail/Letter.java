package fr.infotools.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An e-mail to send, as a module asks for it: a template of {@code templates/mail/} (its
 * HTML and text bodies, and its subject, the message {@code mail.<template>.subject} of
 * the {@code i18n/mail} bundle), the values the template shows, who receives it, and
 * files to attach. Values are shown escaped: none is ever read as HTML.
 *
 * @param replyTo an address for answers, or null
 * @param subjectArgs the values the subject message takes ({0}, {1}…)
 */
public record Letter(String template, List<String> to, String replyTo, List<Object> subjectArgs,
		Map<String, Object> model, List<Attachment> attachments) {

	public Letter {
		to = List.copyOf(to);
		subjectArgs = List.copyOf(subjectArgs);
		// values may be absent (null): a template shows nothing for them
		model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
		attachments = List.copyOf(attachments);
	}

	/** A file sent with the message. */
	public record Attachment(String fileName, String contentType, byte[] content) {

	}

}
