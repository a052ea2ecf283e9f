package fr.infotools.customer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A company Info-Tools prospects or sells to, owned by one sales rep.
 */
@Entity
@Table(name = "customers")
@Audited
public class Customer extends AbstractEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CustomerType type;

	@Column(nullable = false)
	private String companyName;

	private String siren;

	private String email;

	private String phone;

	private String addressLine;

	private String postalCode;

	private String city;

	@Column(nullable = false)
	private String country;

	private String notes;

	@Column(nullable = false)
	private long ownerId;

	private Instant convertedAt;

	protected Customer() {
	}

	Customer(CustomerType type, CustomerDetails details, long ownerId) {
		this.type = type;
		this.ownerId = ownerId;
		apply(details);
	}

	void apply(CustomerDetails details) {
		this.companyName = details.companyName();
		this.siren = details.siren();
		this.email = details.email();
		this.phone = details.phone();
		this.addressLine = details.addressLine();
		this.postalCode = details.postalCode();
		this.city = details.city();
		this.country = (details.country() != null) ? details.country() : "FR";
		this.notes = details.notes();
	}

	/**
	 * Turns a prospect into a customer; does nothing for a customer. Returns whether it
	 * changed.
	 */
	boolean convert(Instant at) {
		if (this.type == CustomerType.CUSTOMER) {
			return false;
		}
		this.type = CustomerType.CUSTOMER;
		this.convertedAt = at.truncatedTo(ChronoUnit.MICROS);
		return true;
	}

	void reassignTo(long salesRepId) {
		this.ownerId = salesRepId;
	}

	void backdate(Instant createdAt) {
		setCreatedAt(createdAt);
	}

	public CustomerType getType() {
		return this.type;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public String getSiren() {
		return this.siren;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddressLine() {
		return this.addressLine;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public String getCountry() {
		return this.country;
	}

	public String getNotes() {
		return this.notes;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public Instant getConvertedAt() {
		return this.convertedAt;
	}

}
