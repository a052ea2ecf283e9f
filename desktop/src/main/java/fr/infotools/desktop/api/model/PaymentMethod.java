package fr.infotools.desktop.api.model;

/** How a payment was made. */
public enum PaymentMethod {

	TRANSFER, CARD, CHEQUE, CASH

}
