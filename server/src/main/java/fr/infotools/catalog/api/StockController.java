package fr.infotools.catalog.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import fr.infotools.catalog.Inventory;
import fr.infotools.identity.Users;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stock of the catalogue's products: everyone logged in reads a product's movements;
 * managers record restocks and adjustments and see what to restock. It lives with the
 * catalogue because it answers about products (the stock module knows nothing of them).
 */
@RestController
class StockController {

	private static final Map<String, String> NEWEST_FIRST = Map.of("createdAt", "createdAt");

	private final Inventory inventory;

	private final Users users;

	StockController(Inventory inventory, Users users) {
		this.inventory = inventory;
		this.users = users;
	}

	/** A product's movements, newest first. */
	@GetMapping("/api/v1/products/{id}/stock-movements")
	PageResponse<StockMovementResponse> movements(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Map<Long, String> names = this.users.displayNames();
		return PageResponse
			.of(this.inventory.movements(id, PageQuery.of(page, size, "createdAt,desc", NEWEST_FIRST, "createdAt"))
				.map((movement) -> StockMovementResponse.of(movement, names)));
	}

	/** Records a restock or an adjustment (managers). */
	@PostMapping("/api/v1/products/{id}/stock-movements")
	ResponseEntity<RecordedMovementResponse> record(@PathVariable long id,
			@Valid @RequestBody StockMovementRequest request) {
		Inventory.Recorded recorded = this.inventory.record(id, request.movement());
		return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/stock-movements"))
			.body(RecordedMovementResponse.of(recorded, this.users.displayNames()));
	}

	/** The active products at or under their reorder level, emptiest first (managers). */
	@GetMapping("/api/v1/stock/alerts")
	List<StockAlertResponse> alerts() {
		return this.inventory.alerts().stream().map(StockAlertResponse::of).toList();
	}

}
