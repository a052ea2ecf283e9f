package fr.infotools.stock;

/**
 * Why a stock level changed.
 */
public enum MovementReason {

	/** Goods received from a supplier. */
	RESTOCK,

	/**
	 * Inventory correction (count, breakage, loss), positive or negative, with a comment.
	 */
	ADJUSTMENT,

	/** Goods leaving with an issued invoice. */
	SALE,

	/** Goods coming back with a credit note. */
	RETURN

}
