package fr.infotools.mobile.agenda;

/**
 * A rule of the server that an appointment breaks; the code is the server's (its messages
 * live in the app's string resources, worded as the server words them).
 */
public enum Rule {

	/** Bean validation {@code @NotNull}: "ne doit pas être nul". */
	NOT_NULL("NotNull"),

	/** Bean validation {@code @NotBlank}: "ne doit pas être vide". */
	NOT_BLANK("NotBlank"),

	/**
	 * Bean validation {@code @Size(max)}: "la taille doit être comprise entre 0 et
	 * {max}".
	 */
	SIZE("Size"),

	/** {@code @SafeText}: control or invisible direction characters. */
	SAFE_TEXT("SafeText"),

	NEW_STATUS("appointment.new-status"),

	END_BEFORE_START("appointment.end-before-start"),

	TOO_LONG("appointment.too-long"),

	DATE_RANGE("appointment.date-range"),

	STATUS_CHANGE("appointment.status-change"),

	DONE_BEFORE_START("appointment.done-before-start"),

	IN_PAST("appointment.in-past"),

	/** 409 {@code appointment-overlap}, with the id of the other appointment. */
	OVERLAP("appointment-overlap");

	private final String code;

	Rule(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
