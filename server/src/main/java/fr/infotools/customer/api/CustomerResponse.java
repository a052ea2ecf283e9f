package fr.infotools.customer.api;

import java.time.Instant;
import java.util.Map;

import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;

/**
 * A prospect or customer as the API shows it.
 */
record CustomerResponse(long id, CustomerType type, String companyName, String siren, String email, String phone,
		String addressLine, String postalCode, String city, String country, String notes, long ownerId,
		String ownerName, Instant convertedAt, Instant createdAt, Instant updatedAt, long version) {

	static CustomerResponse of(Customer customer, Map<Long, String> userNames) {
		return new CustomerResponse(customer.getId(), customer.getType(), customer.getCompanyName(),
				customer.getSiren(), customer.getEmail(), customer.getPhone(), customer.getAddressLine(),
				customer.getPostalCode(), customer.getCity(), customer.getCountry(), customer.getNotes(),
				customer.getOwnerId(), userNames.get(customer.getOwnerId()), customer.getConvertedAt(),
				customer.getCreatedAt(), customer.getUpdatedAt(), customer.getVersion());
	}

}
