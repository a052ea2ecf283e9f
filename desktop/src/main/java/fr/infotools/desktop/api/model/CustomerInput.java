package fr.infotools.desktop.api.model;

/** A prospect or customer as sent to create or update one (PUT replaces every field). */
public record CustomerInput(CustomerType type, String companyName, String siren, String email, String phone,
		String addressLine, String postalCode, String city, String country, String notes, Long ownerId, Long version) {
}
