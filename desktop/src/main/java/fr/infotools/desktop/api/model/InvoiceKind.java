package fr.infotools.desktop.api.model;

/** An invoice, or a credit note that cancels part of one. */
public enum InvoiceKind {

	INVOICE, CREDIT_NOTE

}
