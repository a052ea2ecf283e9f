package fr.infotools.customer.web;

import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.shared.Patterns;
import fr.infotools.shared.SafeText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A prospect or customer as the form shows and sends it, with the API's rules.
 */
class CustomerForm {

	/** On creation only: a prospect unless said otherwise. */
	private CustomerType type = CustomerType.PROSPECT;

	@NotBlank
	@Size(max = 160)
	@SafeText
	private String companyName;

	@Pattern(regexp = "^\\d{9}$", message = "{infotools.validation.siren}")
	private String siren;

	@Email
	@Size(max = 254)
	@SafeText
	private String email;

	@Pattern(regexp = Patterns.PHONE, message = "{infotools.validation.phone}")
	private String phone;

	@Size(max = 200)
	@SafeText
	private String addressLine;

	@Pattern(regexp = Patterns.POSTAL_CODE, message = "{infotools.validation.postal-code}")
	private String postalCode;

	@Size(max = 100)
	@SafeText
	private String city;

	@Pattern(regexp = Patterns.COUNTRY, message = "{infotools.validation.country}")
	private String country = "FR";

	@Size(max = 4000)
	@SafeText(multiline = true)
	private String notes;

	@PositiveOrZero
	private Long version;

	static CustomerForm of(Customer customer) {
		CustomerForm form = new CustomerForm();
		form.type = customer.getType();
		form.companyName = customer.getCompanyName();
		form.siren = customer.getSiren();
		form.email = customer.getEmail();
		form.phone = customer.getPhone();
		form.addressLine = customer.getAddressLine();
		form.postalCode = customer.getPostalCode();
		form.city = customer.getCity();
		form.country = customer.getCountry();
		form.notes = customer.getNotes();
		form.version = customer.getVersion();
		return form;
	}

	CustomerDetails details() {
		return new CustomerDetails(this.companyName, this.siren, this.email, this.phone, this.addressLine,
				this.postalCode, this.city, (this.country != null) ? this.country : "FR", this.notes);
	}

	/**
	 * Whether the SIREN, when given, passes its Luhn checksum (nine digits are checked by
	 * the pattern).
	 */
	boolean sirenChecksumHolds() {
		if (this.siren == null || !this.siren.matches("\\d{9}")) {
			return true;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = this.siren.charAt(8 - i) - '0';
			if (i % 2 == 1) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	public CustomerType getType() {
		return this.type;
	}

	public void setType(CustomerType type) {
		this.type = type;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getSiren() {
		return this.siren;
	}

	public void setSiren(String siren) {
		this.siren = siren;
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

	public String getAddressLine() {
		return this.addressLine;
	}

	public void setAddressLine(String addressLine) {
		this.addressLine = addressLine;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
