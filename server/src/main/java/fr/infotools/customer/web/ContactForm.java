package fr.infotools.customer.web;

import fr.infotools.customer.Contact;
import fr.infotools.customer.ContactDetails;
import fr.infotools.shared.Patterns;
import fr.infotools.shared.SafeText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A contact as the form shows and sends it, with the API's rules.
 */
class ContactForm {

	@NotBlank
	@Size(max = 80)
	@SafeText
	private String firstName;

	@NotBlank
	@Size(max = 80)
	@SafeText
	private String lastName;

	@Size(max = 120)
	@SafeText
	private String jobTitle;

	@Email
	@Size(max = 254)
	@SafeText
	private String email;

	@Pattern(regexp = Patterns.PHONE, message = "{infotools.validation.phone}")
	private String phone;

	@PositiveOrZero
	private Long version;

	static ContactForm of(Contact contact) {
		ContactForm form = new ContactForm();
		form.firstName = contact.getFirstName();
		form.lastName = contact.getLastName();
		form.jobTitle = contact.getJobTitle();
		form.email = contact.getEmail();
		form.phone = contact.getPhone();
		form.version = contact.getVersion();
		return form;
	}

	ContactDetails details() {
		return new ContactDetails(this.firstName, this.lastName, this.jobTitle, this.email, this.phone);
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
