package fr.infotools.mobile.agenda;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A field of an appointment that breaks a rule, with the values its message names.
 */
public record Violation(String field, Rule rule, List<Object> args) {

	public Violation {
		args = Collections.unmodifiableList(args);
	}

	public static Violation of(String field, Rule rule, Object... args) {
		return new Violation(field, rule, Arrays.asList(args));
	}

}
