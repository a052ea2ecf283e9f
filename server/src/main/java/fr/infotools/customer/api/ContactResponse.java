package fr.infotools.customer.api;

import fr.infotools.customer.Contact;

/**
 * A contact as the API shows it.
 */
record ContactResponse(long id, long customerId, String firstName, String lastName, String jobTitle, String email,
		String phone, long version) {

	static ContactResponse of(Contact contact) {
		return new ContactResponse(contact.getId(), contact.getCustomerId(), contact.getFirstName(),
				contact.getLastName(), contact.getJobTitle(), contact.getEmail(), contact.getPhone(),
				contact.getVersion());
	}

}
