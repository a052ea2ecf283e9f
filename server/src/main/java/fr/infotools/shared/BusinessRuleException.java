package fr.infotools.shared;

/**
 * A request that is well-formed but breaks a business rule (422), e.g. an appointment in
 * the past. The {@code code} names the rule and the message key {@code rule.<code>};
 * {@code field} is the input at fault.
 */
public class BusinessRuleException extends RuntimeException {

	private final String code;

	private final String field;

	private final transient Object[] args;

	public BusinessRuleException(String code, String field, Object... args) {
		super(code + ((field != null) ? " (" + field + ")" : ""));
		this.code = code;
		this.field = field;
		this.args = args;
	}

	public String getCode() {
		return this.code;
	}

	public String getField() {
		return this.field;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
