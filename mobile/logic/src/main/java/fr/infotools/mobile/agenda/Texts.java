package fr.infotools.mobile.agenda;

/**
 * Text helpers with the JDK 11 semantics of {@code String.isBlank()} and {@code strip()},
 * which Android offers only from API level 33.
 */
public final class Texts {

	private Texts() {
	}

	public static boolean isBlank(String text) {
		return text == null || text.codePoints().allMatch(Character::isWhitespace);
	}

	public static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	/** Null for absent or blank text, else the text stripped. */
	public static String blankToNull(String text) {
		return isBlank(text) ? null : strip(text);
	}

}
