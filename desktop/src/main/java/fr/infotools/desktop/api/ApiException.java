package fr.infotools.desktop.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error answer of the server, read from its RFC 9457 problem document: the status, the
 * stable {@code code}, the localized title and detail, the fields in error (422) and the
 * other members (for example {@code shortages} of an {@code insufficient-stock}
 * conflict).
 */
public class ApiException extends RuntimeException {

	private final int status;

	private final String code;

	private final String title;

	private final String detail;

	private final List<FieldError> fieldErrors;

	private final Map<String, Object> properties;

	public ApiException(int status, String code, String title, String detail, List<FieldError> fieldErrors,
			Map<String, Object> properties) {
		super(status + " " + code + ((detail != null) ? ": " + detail : ""));
		this.status = status;
		this.code = code;
		this.title = title;
		this.detail = detail;
		this.fieldErrors = (fieldErrors != null) ? List.copyOf(fieldErrors) : List.of();
		this.properties = (properties != null) ? Map.copyOf(properties) : Map.of();
	}

	public int status() {
		return this.status;
	}

	/**
	 * The problem's stable code ({@code validation}, {@code stale-version}…), never null.
	 */
	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return this.detail;
	}

	public List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	public Optional<Object> property(String name) {
		return Optional.ofNullable(this.properties.get(name));
	}

	public boolean isValidation() {
		return this.status == 422;
	}

	public boolean isNotFound() {
		return this.status == 404;
	}

	public boolean isConflict() {
		return this.status == 409 || this.status == 428;
	}

	/** A field the server refused, with its localized message. */
	public record FieldError(String field, String message) {
	}

}
