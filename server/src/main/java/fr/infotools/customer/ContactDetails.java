package fr.infotools.customer;

/**
 * The editable description of a contact.
 */
public record ContactDetails(String firstName, String lastName, String jobTitle, String email, String phone) {

}
