package fr.infotools.customer;

import fr.infotools.shared.RecordGuard;

import org.springframework.stereotype.Component;

/**
 * A customer, and everything under its path, is reached only by its owner and managers.
 */
@Component
class CustomerGuard implements RecordGuard {

	private final Customers customers;

	CustomerGuard(Customers customers) {
		this.customers = customers;
	}

	@Override
	public String pathPattern() {
		return "/api/v1/customers/{id}/**";
	}

	@Override
	public void check(long id) {
		this.customers.get(id);
	}

}
