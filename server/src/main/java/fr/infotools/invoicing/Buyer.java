package fr.infotools.invoicing;

import fr.infotools.customer.Customer;

/**
 * The customer as an invoice names it.
 */
public record Buyer(long id, String companyName, String siren, String addressLine, String postalCode, String city,
		String country) {

	static Buyer of(Customer customer) {
		return new Buyer(customer.getId(), customer.getCompanyName(), customer.getSiren(), customer.getAddressLine(),
				customer.getPostalCode(), customer.getCity(), customer.getCountry());
	}

}
