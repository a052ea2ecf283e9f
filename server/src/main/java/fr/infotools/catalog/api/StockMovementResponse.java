package fr.infotools.catalog.api;

import java.time.Instant;
import java.util.Map;

import fr.infotools.stock.MovementReason;
import fr.infotools.stock.StockMovement;

/**
 * A stock movement as the API shows it.
 *
 * @param userName who recorded it; null for a movement made by the server itself
 */
record StockMovementResponse(long id, long productId, int quantity, MovementReason reason, String reference,
		String comment, Long userId, String userName, Instant createdAt) {

	static StockMovementResponse of(StockMovement movement, Map<Long, String> userNames) {
		return new StockMovementResponse(movement.getId(), movement.getProductId(), movement.getQuantity(),
				movement.getReason(), movement.getReference(), movement.getComment(), movement.getUserId(),
				(movement.getUserId() != null) ? userNames.get(movement.getUserId()) : null, movement.getCreatedAt());
	}

}
