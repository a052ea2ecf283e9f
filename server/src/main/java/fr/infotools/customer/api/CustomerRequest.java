package fr.infotools.customer.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.shared.Patterns;
import fr.infotools.shared.SafeText;

/**
 * A prospect or customer as a client sends it to create or update one.
 *
 * @param type on creation only: {@code PROSPECT} (default) or {@code CUSTOMER}; later,
 * use convert
 * @param ownerId on creation by a manager: the owning sales rep (a rep always owns what
 * they create)
 * @param version on update: the version read (or an If-Match header)
 */
record CustomerRequest(CustomerType type, @NotBlank @Size(max = 160) @SafeText String companyName, @Siren String siren,
		@Email @Size(max = 254) @SafeText String email,
		@Pattern(regexp = Patterns.PHONE, message = "{infotools.validation.phone}") String phone,
		@Size(max = 200) @SafeText String addressLine,
		@Pattern(regexp = Patterns.POSTAL_CODE, message = "{infotools.validation.postal-code}") String postalCode,
		@Size(max = 100) @SafeText String city,
		@Pattern(regexp = Patterns.COUNTRY, message = "{infotools.validation.country}") String country,
		@Size(max = 4000) @SafeText(multiline = true) String notes, Long ownerId, @PositiveOrZero Long version) {

	CustomerDetails details() {
		return new CustomerDetails(this.companyName.strip(), blankToNull(this.siren), blankToNull(this.email),
				blankToNull(this.phone), blankToNull(this.addressLine), blankToNull(this.postalCode),
				blankToNull(this.city), (this.country != null) ? this.country : "FR", blankToNull(this.notes));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
