package fr.infotools.catalog.api;

import java.util.Map;

import fr.infotools.catalog.Availability;
import fr.infotools.catalog.Inventory;

/**
 * A movement just recorded, with the stock level and availability it left.
 */
record RecordedMovementResponse(StockMovementResponse movement, int stockLevel, Availability availability) {

	static RecordedMovementResponse of(Inventory.Recorded recorded, Map<Long, String> userNames) {
		return new RecordedMovementResponse(StockMovementResponse.of(recorded.movement(), userNames),
				recorded.product().stockLevel(), recorded.product().availability());
	}

}
