package fr.infotools.invoicing;

import java.time.Clock;
import java.time.LocalDate;

import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchase recap of a customer the current user may see.
 */
@Service
public class Purchases {

	private final Customers customers;

	private final InvoiceQueries queries;

	private final Clock clock;

	Purchases(Customers customers, InvoiceQueries queries, Clock clock) {
		this.customers = customers;
		this.queries = queries;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PurchaseRecap of(long customerId) {
		Customer customer = this.customers.get(customerId);
		LocalDate today = LocalDate.now(this.clock.withZone(Invoicing.PARIS));
		Money[] totals = this.queries.totals(customerId, today);
		return new PurchaseRecap(customer.getId(), customer.getCompanyName(), this.queries.documents(customerId, today),
				this.queries.years(customerId), this.queries.products(customerId), totals[0], totals[1], totals[2],
				totals[3]);
	}

}
