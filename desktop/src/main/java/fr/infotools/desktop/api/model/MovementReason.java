package fr.infotools.desktop.api.model;

/** Why stock moved: restocks and adjustments by hand, sales and returns by invoices. */
public enum MovementReason {

	RESTOCK, ADJUSTMENT, SALE, RETURN

}
