package fr.infotools.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SafeText}.
 */
public class SafeTextValidator implements ConstraintValidator<SafeText, String> {

	private boolean multiline;

	@Override
	public void initialize(SafeText annotation) {
		this.multiline = annotation.multiline();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.codePoints().allMatch(this::allowed);
	}

	private boolean allowed(int c) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return this.multiline;
		}
		if (Character.getType(c) == Character.CONTROL) {
			return false;
		}
		// bidirectional embeddings, overrides and isolates; zero-width and other format
		// characters
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
			return false;
		}
		return Character.getType(c) != Character.FORMAT || c == 0x00AD;
	}

}
