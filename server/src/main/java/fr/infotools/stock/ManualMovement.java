package fr.infotools.stock;

import fr.infotools.shared.BusinessRuleException;

/**
 * A stock change a manager records by hand: a restock (goods received, always positive)
 * or an adjustment (inventory count, breakage, loss: signed, and explained by a comment).
 * Sales and returns come from invoices and credit notes only. An instance always holds a
 * valid movement: the constructor refuses anything else (422, naming the field).
 *
 * @param quantity the signed number of units, never zero, at most {@link #MAX_QUANTITY}
 * either way
 * @param reference a delivery note or other document number, or null
 * @param comment why, required for an adjustment
 */
public record ManualMovement(int quantity, MovementReason reason, String reference, String comment) {

	/** The most units one movement may move, either way. */
	public static final int MAX_QUANTITY = 100_000;

	public ManualMovement {
		reference = blankToNull(reference);
		comment = blankToNull(comment);
		if (reason != MovementReason.RESTOCK && reason != MovementReason.ADJUSTMENT) {
			throw new BusinessRuleException("stock.reason-manual", "reason");
		}
		if (quantity == 0) {
			throw new BusinessRuleException("stock.quantity-zero", "quantity");
		}
		if (Math.abs((long) quantity) > MAX_QUANTITY) {
			throw new BusinessRuleException("stock.quantity-range", "quantity", MAX_QUANTITY);
		}
		if (reason == MovementReason.RESTOCK && quantity < 0) {
			throw new BusinessRuleException("stock.restock-positive", "quantity");
		}
		if (reason == MovementReason.ADJUSTMENT && comment == null) {
			throw new BusinessRuleException("stock.comment-required", "comment");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
