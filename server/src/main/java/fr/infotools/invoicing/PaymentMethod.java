package fr.infotools.invoicing;

/**
 * How a customer paid.
 */
public enum PaymentMethod {

	TRANSFER, CARD, CHEQUE, CASH

}
