package fr.infotools.mobile.api;

import java.util.Collections;
import java.util.List;

/**
 * An error answer of the server (RFC 9457 problem document), in the language asked for.
 *
 * @param code the server's stable code: {@code validation}, {@code appointment-overlap},
 * {@code stale-version}, {@code not-found}…
 * @param errors the invalid fields, for {@code validation}
 * @param conflictingAppointmentId for {@code appointment-overlap}
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors,
		Long conflictingAppointmentId) {

	public Problem {
		errors = Collections.unmodifiableList(errors);
	}

	/** A problem the server did not describe (a proxy's error page, an empty answer). */
	public static Problem unexplained(int status) {
		return new Problem(status, "http-" + status, null, null, Collections.<FieldError>emptyList(), null);
	}

	/**
	 * What to show the rep: the server's explanation, else its title, else the status.
	 */
	public String message() {
		if (this.detail != null) {
			return this.detail;
		}
		return (this.title != null) ? this.title : "HTTP " + this.status;
	}

	/** Each invalid field with its message, one a line; {@link #message()} when none. */
	public String fullMessage() {
		StringBuilder text = new StringBuilder();
		for (FieldError error : this.errors) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(error.field()).append(" : ").append(error.message());
		}
		return (text.length() > 0) ? text.toString() : message();
	}

	/**
	 * One invalid field.
	 */
	public record FieldError(String field, String message) {

	}

}
