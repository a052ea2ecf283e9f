package fr.infotools.desktop.api.model;

/** A person at a prospect or customer. */
public record Contact(Long id, Long customerId, String firstName, String lastName, String jobTitle, String email,
		String phone, Long version) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

	@Override
	public String toString() {
		return fullName();
	}

}
