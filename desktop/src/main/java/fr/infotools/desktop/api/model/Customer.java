package fr.infotools.desktop.api.model;

import java.time.Instant;

/** A prospect or customer. */
public record Customer(Long id, CustomerType type, String companyName, String siren, String email, String phone,
		String addressLine, String postalCode, String city, String country, String notes, Long ownerId,
		String ownerName, Instant convertedAt, Instant createdAt, Instant updatedAt, Long version) {

	@Override
	public String toString() {
		return (this.city != null) ? this.companyName + " (" + this.city + ")" : this.companyName;
	}

}
