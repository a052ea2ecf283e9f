package fr.infotools.customer.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.infotools.customer.ContactDetails;
import fr.infotools.shared.Patterns;
import fr.infotools.shared.SafeText;

/**
 * A contact as a client sends it; {@code version} on update.
 */
record ContactRequest(@NotBlank @Size(max = 80) @SafeText String firstName,
		@NotBlank @Size(max = 80) @SafeText String lastName, @Size(max = 120) @SafeText String jobTitle,
		@Email @Size(max = 254) @SafeText String email,
		@Pattern(regexp = Patterns.PHONE, message = "{infotools.validation.phone}") String phone,
		@PositiveOrZero Long version) {

	ContactDetails details() {
		return new ContactDetails(this.firstName.strip(), this.lastName.strip(),
				CustomerRequest.blankToNull(this.jobTitle), CustomerRequest.blankToNull(this.email),
				CustomerRequest.blankToNull(this.phone));
	}

}
