package fr.infotools.invoicing;

/**
 * Life of an invoice. Only a draft can be edited or deleted; from issue on, the document
 * is frozen and only payments and credit notes act on it. "Overdue" is not a status: it
 * is derived from the due date.
 */
public enum InvoiceStatus {

	/** Being prepared: no number yet, editable, deletable. */
	DRAFT,

	/** Numbered and sent; nothing paid yet. */
	ISSUED,

	/** Some payments received, an amount is still due. */
	PARTIALLY_PAID,

	/** Nothing is due any more. */
	PAID,

	/** Entirely cancelled by credit notes. */
	CREDITED

}
