package fr.infotools.invoicing;

import fr.infotools.shared.RecordGuard;

import org.springframework.stereotype.Component;

/**
 * An invoice, and everything under its path, is reached only by its customer's sales rep
 * and managers.
 */
@Component
class InvoiceGuard implements RecordGuard {

	private final Invoicing invoicing;

	InvoiceGuard(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	@Override
	public String pathPattern() {
		return "/api/v1/invoices/{id}/**";
	}

	@Override
	public void check(long id) {
		this.invoicing.get(id);
	}

}
