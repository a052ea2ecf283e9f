package fr.infotools.customer;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person at a prospect or customer.
 */
@Entity
@Table(name = "contacts")
@Audited
public class Contact extends AbstractEntity {

	@Column(nullable = false, updatable = false)
	private long customerId;

	@Column(nullable = false)
	private String firstName;

	@Column(nullable = false)
	private String lastName;

	private String jobTitle;

	private String email;

	private String phone;

	protected Contact() {
	}

	Contact(long customerId, ContactDetails details) {
		this.customerId = customerId;
		apply(details);
	}

	void apply(ContactDetails details) {
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.jobTitle = details.jobTitle();
		this.email = details.email();
		this.phone = details.phone();
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
