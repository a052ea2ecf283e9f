package fr.infotools.appointment.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fr.infotools.appointment.RequestDetails;
import fr.infotools.shared.NoMarkup;
import fr.infotools.shared.Patterns;
import fr.infotools.shared.SafeText;

/**
 * What the public website's appointment form sends.
 *
 * @param consent the requester agrees to be contacted: must be true
 * @param website a field hidden from people: robots fill it in, people leave it empty
 */
record PublicRequestInput(@NotBlank @Size(max = 120) @SafeText @NoMarkup String requesterName,
		@Size(max = 160) @SafeText @NoMarkup String companyName,
		@NotBlank @Email @Size(max = 254) @SafeText String email,
		@Size(max = 32) @Pattern(regexp = Patterns.PHONE, message = "{infotools.validation.phone}") String phone,
		@NotBlank @Size(max = 200) @SafeText @NoMarkup String subject, @Positive Long productId,
		@Size(max = 2000) @SafeText(multiline = true) @NoMarkup String message,
		@Size(max = 500) @SafeText @NoMarkup String preferredSlots,
		@NotNull(message = "{infotools.validation.consent}") @AssertTrue(
				message = "{infotools.validation.consent}") Boolean consent,
		String website) {

	RequestDetails details() {
		return new RequestDetails(this.requesterName.strip(), AppointmentInput.blankToNull(this.companyName),
				this.email.strip(), AppointmentInput.blankToNull(this.phone), this.subject.strip(), this.productId,
				AppointmentInput.blankToNull(this.message), AppointmentInput.blankToNull(this.preferredSlots),
				Boolean.TRUE.equals(this.consent));
	}

}
