package fr.infotools.customer.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.identity.Users;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;
import fr.infotools.shared.Versions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prospects, customers and their contacts. A sales rep sees and changes only their own;
 * another rep's record answers 404.
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

	private static final Map<String, String> SORTABLE = Map.of("companyName", "companyName", "city", "city", "type",
			"type", "createdAt", "createdAt", "updatedAt", "updatedAt");

	private final Customers customers;

	private final Users users;

	CustomerController(Customers customers, Users users) {
		this.customers = customers;
		this.users = users;
	}

	/**
	 * Lists prospects and customers: {@code q} is the beginning of the company name,
	 * {@code city} an exact city, {@code type} PROSPECT or CUSTOMER, {@code ownerId} a
	 * sales rep (managers only).
	 */
	@GetMapping
	PageResponse<CustomerResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String city, @RequestParam(required = false) CustomerType type,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		Map<Long, String> names = this.users.displayNames();
		return PageResponse
			.of(this.customers.search(q, city, type, ownerId, PageQuery.of(page, size, sort, SORTABLE, "companyName"))
				.map((customer) -> CustomerResponse.of(customer, names)));
	}

	@PostMapping
	ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request) {
		CustomerType type = (request.type() != null) ? request.type() : CustomerType.PROSPECT;
		Customer customer = this.customers.create(type, request.details(), request.ownerId());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.getId()))
			.eTag(Versions.etag(customer.getVersion()))
			.body(view(customer));
	}

	@GetMapping("/{id}")
	ResponseEntity<CustomerResponse> get(@PathVariable long id) {
		Customer customer = this.customers.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(customer.getVersion())).body(view(customer));
	}

	@PutMapping("/{id}")
	ResponseEntity<CustomerResponse> update(@PathVariable long id, @Valid @RequestBody CustomerRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Customer customer = this.customers.update(id, Versions.expected(request.version(), ifMatch), request.details());
		return ResponseEntity.ok().eTag(Versions.etag(customer.getVersion())).body(view(customer));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.customers.delete(id);
	}

	/** Turns a prospect into a customer (nothing changes for a customer). */
	@PostMapping("/{id}/convert")
	CustomerResponse convert(@PathVariable long id) {
		return view(this.customers.convert(id));
	}

	/** Gives the customer to another sales rep (managers only). */
	@PostMapping("/{id}/reassign")
	CustomerResponse reassign(@PathVariable long id, @Valid @RequestBody ReassignRequest request) {
		return view(this.customers.reassign(id, request.salesRepId()));
	}

	@GetMapping("/{id}/contacts")
	List<ContactResponse> contacts(@PathVariable long id) {
		return this.customers.contacts(id).stream().map(ContactResponse::of).toList();
	}

	@PostMapping("/{id}/contacts")
	ResponseEntity<ContactResponse> addContact(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
		ContactResponse contact = ContactResponse.of(this.customers.addContact(id, request.details()));
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/contacts/" + contact.id()))
			.body(contact);
	}

	@GetMapping("/{id}/contacts/{contactId}")
	ContactResponse contact(@PathVariable long id, @PathVariable long contactId) {
		return ContactResponse.of(this.customers.contact(id, contactId));
	}

	@PutMapping("/{id}/contacts/{contactId}")
	ContactResponse updateContact(@PathVariable long id, @PathVariable long contactId,
			@Valid @RequestBody ContactRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ContactResponse.of(this.customers.updateContact(id, contactId,
				Versions.expected(request.version(), ifMatch), request.details()));
	}

	@DeleteMapping("/{id}/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteContact(@PathVariable long id, @PathVariable long contactId) {
		this.customers.deleteContact(id, contactId);
	}

	private CustomerResponse view(Customer customer) {
		return CustomerResponse.of(customer, this.users.displayNames());
	}

	record ReassignRequest(@NotNull Long salesRepId) {

	}

}
