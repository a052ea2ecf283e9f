package fr.infotools.invoicing;

/**
 * An invoice, or a credit note that cancels all or part of one. Both hold positive
 * amounts; a credit note counts negatively in revenue.
 */
public enum InvoiceKind {

	INVOICE("FA"), CREDIT_NOTE("AV");

	private final String prefix;

	InvoiceKind(String prefix) {
		this.prefix = prefix;
	}

	/** The number prefix: FA (facture) or AV (avoir). */
	public String prefix() {
		return this.prefix;
	}

}
