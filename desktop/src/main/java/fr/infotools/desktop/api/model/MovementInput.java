package fr.infotools.desktop.api.model;

import java.math.BigDecimal;

/** A restock or an adjustment. */
public record MovementInput(BigDecimal quantity, MovementReason reason, String reference, String comment) {
}
