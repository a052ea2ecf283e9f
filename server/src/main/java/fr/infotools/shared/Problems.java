package fr.infotools.shared;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with a stable machine-readable {@code code} and a title
 * and detail in the caller's language (French by default, English on request).
 */
@Component
public class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A problem whose title is the message {@code problem.<code>.title} and whose detail
	 * is {@code problem.<code>.detail} filled with {@code args}.
	 */
	public ProblemDetail of(HttpStatus status, String code, Object... args) {
		return of(LocaleContextHolder.getLocale(), status, code, args);
	}

	/**
	 * As {@link #of(HttpStatus, String, Object...)}, in the given language (for answers
	 * sent before MVC).
	 */
	public ProblemDetail of(Locale locale, HttpStatus status, String code, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:infotools:problem:" + code));
		problem
			.setTitle(this.messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
		String detail = this.messages.getMessage("problem." + code + ".detail", args, null, locale);
		if (detail != null) {
			problem.setDetail(detail);
		}
		problem.setProperty("code", code);
		return problem;
	}

	public String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
