package fr.infotools.appointment;

/**
 * A person's name as typed in one field, split into first and last name for a contact:
 * the first word is the first name, the rest the last name; a single word is a last name.
 * Each part is cut to the 80 characters a contact keeps.
 */
record PersonName(String firstName, String lastName) {

	static final int MAX_PART = 80;

	static PersonName split(String fullName) {
		String name = fullName.strip().replaceAll("\\s+", " ");
		int space = name.indexOf(' ');
		if (space < 0) {
			return new PersonName("", cut(name));
		}
		return new PersonName(cut(name.substring(0, space)), cut(name.substring(space + 1)));
	}

	private static String cut(String part) {
		return (part.length() <= MAX_PART) ? part : part.substring(0, MAX_PART).strip();
	}

}
