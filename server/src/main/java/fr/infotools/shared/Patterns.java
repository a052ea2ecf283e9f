package fr.infotools.shared;

/**
 * Formats checked on input.
 */
public final class Patterns {

	/**
	 * A French phone number (01 23 45 67 89, 01.23.45.67.89, 0123456789, +33 1 23 45 67
	 * 89) or an international one (+ and 8 to 15 digits, spaces allowed).
	 */
	public static final String PHONE = "^(?:(?:\\+33\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}|\\+(?:[\\s.-]?\\d){8,15})$";

	/** A French postal code. */
	public static final String POSTAL_CODE = "^\\d{5}$";

	/** An ISO 3166 two-letter country code. */
	public static final String COUNTRY = "^[A-Z]{2}$";

	private Patterns() {
	}

}
