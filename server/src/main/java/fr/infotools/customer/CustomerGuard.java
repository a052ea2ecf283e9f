package fr.infotools.customer;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.RecordGuard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer, and everything under its path, is reached only by its owner and managers.
 */
@Component
class CustomerGuard implements RecordGuard {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	CustomerGuard(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public String pathPattern() {
		return "/api/v1/customers/{id}/**";
	}

	/** One indexed read, outside any transaction: the guard runs before every call. */
	@Override
	public void check(long id) {
		this.access.requireVisible(
				this.jdbc.sql("SELECT owner_id FROM customers WHERE id = ?").param(id).query(Long.class).optional(),
				"customer", id);
	}

}
