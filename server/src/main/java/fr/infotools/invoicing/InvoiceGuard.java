package fr.infotools.invoicing;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.RecordGuard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An invoice, and everything under its path, is reached only by its customer's sales rep
 * and managers.
 */
@Component
class InvoiceGuard implements RecordGuard {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	InvoiceGuard(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public String pathPattern() {
		return "/api/v1/invoices/{id}/**";
	}

	/** One indexed read, outside any transaction: the guard runs before every call. */
	@Override
	public void check(long id) {
		this.access.requireVisible(this.jdbc
			.sql("SELECT c.owner_id FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.id = ?")
			.param(id)
			.query(Long.class)
			.optional(), "invoice", id);
	}

}
