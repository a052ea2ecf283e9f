package fr.infotools.desktop.api.model;

/** Stock availability of a product. */
public enum Availability {

	IN_STOCK, LOW, OUT_OF_STOCK, NOT_STOCKED

}
