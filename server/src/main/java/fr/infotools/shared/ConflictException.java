package fr.infotools.shared;

import java.util.Map;

/**
 * The request conflicts with the current state of the data (409): an overlapping
 * appointment, missing stock, a document already issued. {@code details} are added to the
 * problem answer.
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final transient Map<String, Object> details;

	private final transient Object[] args;

	public ConflictException(String code, Map<String, Object> details, Object... args) {
		super(code + " " + details);
		this.code = code;
		this.details = Map.copyOf(details);
		this.args = args;
	}

	public String getCode() {
		return this.code;
	}

	public Map<String, Object> getDetails() {
		return this.details;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
