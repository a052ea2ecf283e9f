package fr.infotools.desktop.api.model;

/** Life of an invoice. */
public enum InvoiceStatus {

	DRAFT, ISSUED, PARTIALLY_PAID, PAID, CREDITED

}
