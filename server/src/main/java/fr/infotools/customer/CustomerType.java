package fr.infotools.customer;

/**
 * Where a party stands: a prospect becomes a customer when converted, at the latest with
 * its first invoice.
 */
public enum CustomerType {

	PROSPECT, CUSTOMER

}
