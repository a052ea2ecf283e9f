package fr.infotools.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospects, customers and their contacts, always seen through the access policy: a sales
 * rep reaches only the ones they own, and anything else is "not found".
 */
@Service
public class Customers {

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	private final AccessPolicy access;

	private final Clock clock;

	Customers(CustomerRepository customers, ContactRepository contacts, AccessPolicy access, Clock clock) {
		this.customers = customers;
		this.contacts = contacts;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Creates a prospect or customer. A sales rep always owns what they create; a manager
	 * names the owner.
	 */
	@Transactional
	public Customer create(CustomerType type, CustomerDetails details, Long ownerId) {
		long owner = this.access.ownerScope().orElseGet(() -> requireOwner(ownerId));
		Customer customer = new Customer(type, details, owner);
		if (type == CustomerType.CUSTOMER) {
			customer.convert(this.clock.instant());
		}
		return this.customers.save(customer);
	}

	/** As {@link #create}, for records that describe the past (demo data, imports). */
	@Transactional
	public Customer createBackdated(CustomerType type, CustomerDetails details, long ownerId, Instant createdAt) {
		this.access.requireManager();
		Customer customer = new Customer(type, details, ownerId);
		customer.backdate(createdAt);
		if (type == CustomerType.CUSTOMER) {
			customer.convert(createdAt);
		}
		return this.customers.save(customer);
	}

	@Transactional(readOnly = true)
	public Customer get(long id) {
		return this.customers.findById(id)
			.filter((customer) -> this.access.mayAccess(customer.getOwnerId()))
			.orElseThrow(() -> new NotFoundException("customer", id));
	}

	@Transactional(readOnly = true)
	public Page<Customer> search(String namePrefix, String city, CustomerType type, Pageable page) {
		Long owner = this.access.ownerScope().orElse(null);
		return this.customers.search(owner, type, prefixPattern(namePrefix), trimmed(city), page);
	}

	@Transactional
	public Customer update(long id, CustomerDetails details) {
		Customer customer = get(id);
		customer.apply(details);
		return customer;
	}

	@Transactional
	public Customer convert(long id) {
		Customer customer = get(id);
		customer.convert(this.clock.instant());
		return customer;
	}

	/**
	 * Converts a prospect at its first issued invoice; the invoice was already checked
	 * for access.
	 */
	@Transactional
	public void convertOnFirstInvoice(long id, Instant at) {
		this.customers.findById(id).ifPresent((customer) -> customer.convert(at));
	}

	@Transactional
	public Customer reassign(long id, long salesRepId) {
		this.access.requireManager();
		Customer customer = get(id);
		customer.reassignTo(salesRepId);
		return customer;
	}

	@Transactional
	public void delete(long id) {
		this.customers.delete(get(id));
	}

	@Transactional
	public Contact addContact(long customerId, ContactDetails details) {
		get(customerId);
		return this.contacts.save(new Contact(customerId, details));
	}

	@Transactional(readOnly = true)
	public List<Contact> contacts(long customerId) {
		get(customerId);
		return this.contacts.findByCustomerIdOrderByLastNameAscFirstNameAsc(customerId);
	}

	@Transactional(readOnly = true)
	public Contact contact(long customerId, long contactId) {
		get(customerId);
		return this.contacts.findById(contactId)
			.filter((contact) -> contact.getCustomerId() == customerId)
			.orElseThrow(() -> new NotFoundException("contact", contactId));
	}

	@Transactional
	public Contact updateContact(long customerId, long contactId, ContactDetails details) {
		Contact contact = contact(customerId, contactId);
		contact.apply(details);
		return contact;
	}

	@Transactional
	public void deleteContact(long customerId, long contactId) {
		this.contacts.delete(contact(customerId, contactId));
	}

	private static long requireOwner(Long ownerId) {
		if (ownerId == null) {
			throw new IllegalArgumentException("A manager must name the sales rep who owns the customer");
		}
		return ownerId;
	}

	private static String prefixPattern(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return null;
		}
		// text comparisons ignore case on both databases (MariaDB collation, H2
		// IGNORECASE)
		return prefix.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
