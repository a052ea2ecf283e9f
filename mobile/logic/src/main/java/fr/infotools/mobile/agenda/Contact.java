package fr.infotools.mobile.agenda;

/**
 * A person at one of the rep's customers.
 */
public record Contact(long id, long customerId, String firstName, String lastName, String phone, String email) {

	public String displayName() {
		StringBuilder name = new StringBuilder();
		if (this.firstName != null) {
			name.append(this.firstName);
		}
		if (this.lastName != null) {
			name.append((name.length() > 0) ? " " : "").append(this.lastName);
		}
		return name.toString();
	}

}
