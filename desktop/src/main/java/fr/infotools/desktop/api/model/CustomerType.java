package fr.infotools.desktop.api.model;

/** A prospect becomes a customer (conversion). */
public enum CustomerType {

	PROSPECT, CUSTOMER

}
