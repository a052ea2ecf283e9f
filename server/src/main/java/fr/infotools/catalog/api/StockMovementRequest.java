package fr.infotools.catalog.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.infotools.shared.SafeText;
import fr.infotools.stock.ManualMovement;
import fr.infotools.stock.MovementReason;

/**
 * A restock or adjustment as a manager sends it.
 *
 * @param quantity signed whole units, never zero: positive for a restock (a decimal
 * number is refused, not truncated)
 * @param reason {@code RESTOCK} or {@code ADJUSTMENT}
 * @param reference a delivery note or other document number
 * @param comment why; required for an adjustment
 */
record StockMovementRequest(@NotNull @Digits(integer = 6, fraction = 0) BigDecimal quantity,
		@NotNull MovementReason reason, @Size(max = 64) @SafeText String reference,
		@Size(max = 500) @SafeText(multiline = true) String comment) {

	/** The movement, once its rules are checked (422 naming the field otherwise). */
	ManualMovement movement() {
		return new ManualMovement(this.quantity.intValueExact(), this.reason, this.reference, this.comment);
	}

}
