package fr.infotools.customer;

/**
 * The editable description of a prospect or customer.
 */
public record CustomerDetails(String companyName, String siren, String email, String phone, String addressLine,
		String postalCode, String city, String country, String notes) {

}
