package fr.infotools.desktop.api.model;

import java.time.Instant;

/** A signed stock movement. */
public record StockMovement(Long id, Long productId, Integer quantity, MovementReason reason, String reference,
		String comment, Long userId, String userName, Instant createdAt) {
}
