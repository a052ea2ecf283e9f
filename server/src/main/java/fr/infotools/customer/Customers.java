package fr.infotools.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.Users;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
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

	private final Users users;

	private final Clock clock;

	private final CustomerNames names;

	Customers(CustomerRepository customers, ContactRepository contacts, AccessPolicy access, Users users, Clock clock,
			CustomerNames names) {
		this.customers = customers;
		this.contacts = contacts;
		this.access = access;
		this.users = users;
		this.clock = clock;
		this.names = names;
	}

	/**
	 * Creates a prospect or customer. A sales rep always owns what they create; a manager
	 * names the owner.
	 */
	@Transactional
	public Customer create(CustomerType type, CustomerDetails details, Long ownerId) {
		long owner = this.access.ownerScope().orElseGet(() -> requireSalesRep(ownerId));
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
		return search(namePrefix, city, type, null, page);
	}

	/**
	 * As {@link #search(String, String, CustomerType, Pageable)}; a manager may also
	 * filter by owner.
	 */
	@Transactional(readOnly = true)
	public Page<Customer> search(String namePrefix, String city, CustomerType type, Long ownerId, Pageable page) {
		Long owner = this.access.ownerScope().orElse(ownerId);
		return this.customers.search(owner, type, prefixPattern(namePrefix), trimmed(city), page);
	}

	/**
	 * The prospect or customer with this e-mail address, whoever owns it (used by
	 * managers to link a website request to an existing record).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Customer> findByEmail(String email) {
		this.access.requireManager();
		return this.customers.findFirstByEmailIgnoreCase(email);
	}

	@Transactional
	public Customer update(long id, CustomerDetails details) {
		Customer customer = get(id);
		customer.apply(details);
		return customer;
	}

	/** Updates from the version the client read (409 if someone changed it meanwhile). */
	@Transactional
	public Customer update(long id, long expectedVersion, CustomerDetails details) {
		Customer customer = get(id);
		customer.requireVersion(expectedVersion);
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
		customer.reassignTo(requireSalesRep(salesRepId));
		return customer;
	}

	/**
	 * Deletes a prospect or customer with its contacts. One with appointments or invoices
	 * is history that must stay: the delete is refused (409) and nothing changes.
	 */
	@Transactional
	public void delete(long id) {
		Customer customer = get(id);
		try {
			this.contacts.deleteAll(this.contacts.findByCustomerIdOrderByLastNameAscFirstNameAsc(id));
			this.customers.delete(customer);
			this.customers.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("customer-has-history", Map.of("customerId", id));
		}
	}

	@Transactional
	public Contact addContact(long customerId, ContactDetails details) {
		get(customerId);
		return this.contacts.save(new Contact(customerId, details));
	}

	/**
	 * The company names of the given customers that the current user may see (others are
	 * left out), in one query: for lists that show names next to other records.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> companyNames(Collection<Long> customerIds) {
		if (customerIds.isEmpty()) {
			return Map.of();
		}
		return this.names.customers(customerIds, this.access.ownerScope().orElse(null))
			.stream()
			.collect(Collectors.toMap(IdName::id, IdName::name));
	}

	/**
	 * The full names of the given contacts of customers the current user may see, in one
	 * query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> contactNames(Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return this.names.contacts(contactIds, this.access.ownerScope().orElse(null))
			.stream()
			.collect(Collectors.toMap(IdName::id, (contact) -> contact.name().strip()));
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
	public Contact updateContact(long customerId, long contactId, long expectedVersion, ContactDetails details) {
		Contact contact = contact(customerId, contactId);
		contact.requireVersion(expectedVersion);
		contact.apply(details);
		return contact;
	}

	/** Deletes a contact; one that appointments name is kept (409). */
	@Transactional
	public void deleteContact(long customerId, long contactId) {
		try {
			this.contacts.delete(contact(customerId, contactId));
			this.contacts.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("contact-in-use", Map.of("contactId", contactId));
		}
	}

	private long requireSalesRep(Long ownerId) {
		if (ownerId == null) {
			throw new BusinessRuleException("customer.owner-required", "ownerId");
		}
		if (!this.users.isActiveSalesRep(ownerId)) {
			throw new BusinessRuleException("customer.owner-not-rep", "ownerId", ownerId);
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
