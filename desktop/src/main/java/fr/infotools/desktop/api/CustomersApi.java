package fr.infotools.desktop.api;

import java.util.List;

import fr.infotools.desktop.api.model.Contact;
import fr.infotools.desktop.api.model.ContactInput;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerInput;
import fr.infotools.desktop.api.model.CustomerType;
import fr.infotools.desktop.api.model.Page;
import tools.jackson.core.type.TypeReference;

/** Prospects, customers and their contacts. */
public class CustomersApi {

	private static final String PATH = "/api/v1/customers";

	private final ApiClient client;

	public CustomersApi(ApiClient client) {
		this.client = client;
	}

	/** {@code q} is the start of the company name; {@code ownerId} a sales rep. */
	public Page<Customer> list(String q, CustomerType type, Long ownerId, int page, int size) {
		return this.client.get(PATH,
				Query.of()
					.add("q", q)
					.add("type", type)
					.add("ownerId", ownerId)
					.page(page, size)
					.add("sort", "companyName"),
				new TypeReference<Page<Customer>>() {
				});
	}

	public Customer get(long id) {
		return this.client.get(PATH + "/" + id, Query.of(), Customer.class);
	}

	public Customer create(CustomerInput input) {
		return this.client.post(PATH, input, Customer.class);
	}

	public Customer update(long id, CustomerInput input) {
		return this.client.put(PATH + "/" + id, input, Customer.class);
	}

	public void delete(long id) {
		this.client.delete(PATH + "/" + id);
	}

	public Customer convert(long id) {
		return this.client.post(PATH + "/" + id + "/convert", null, Customer.class);
	}

	public Customer reassign(long id, long salesRepId) {
		return this.client.post(PATH + "/" + id + "/reassign", new Reassign(salesRepId), Customer.class);
	}

	public List<Contact> contacts(long customerId) {
		return this.client.get(PATH + "/" + customerId + "/contacts", Query.of(), new TypeReference<List<Contact>>() {
		});
	}

	public Contact addContact(long customerId, ContactInput input) {
		return this.client.post(PATH + "/" + customerId + "/contacts", input, Contact.class);
	}

	public Contact updateContact(long customerId, long contactId, ContactInput input) {
		return this.client.put(PATH + "/" + customerId + "/contacts/" + contactId, input, Contact.class);
	}

	public void deleteContact(long customerId, long contactId) {
		this.client.delete(PATH + "/" + customerId + "/contacts/" + contactId);
	}

	record Reassign(long salesRepId) {
	}

}
