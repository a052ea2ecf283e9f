package fr.infotools.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves stock: every change is a movement, and a level never goes below zero. Taking
 * several products at once is all or nothing.
 */
@Service
public class Stock {

	private final StockLevels levels;

	private final StockMovementRepository movements;

	private final AccessPolicy access;

	private final Clock clock;

	Stock(StockLevels levels, StockMovementRepository movements, AccessPolicy access, Clock clock) {
		this.levels = levels;
		this.movements = movements;
		this.access = access;
		this.clock = clock;
	}

	/** Starts following the stock of a new stock-managed product, at zero. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void open(long productId) {
		this.levels.open(productId, this.clock.instant());
	}

	/**
	 * Records a manager's restock (positive) or adjustment (signed) with its reason.
	 */
	@Transactional
	public StockMovement move(long productId, int quantity, MovementReason reason, String reference, String comment,
			Instant at) {
		this.access.requireManager();
		apply(Map.of(productId, quantity));
		return this.movements.save(new StockMovement(productId, quantity, reason, reference, comment, actorId(), at));
	}

	/**
	 * Takes out (positive quantities) or puts back (negative quantities) several products
	 * for one document, all or nothing: if any product lacks stock, nothing moves and
	 * every shortage is reported.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void moveForDocument(Map<Long, Integer> quantitiesOut, MovementReason reason, String reference, Instant at) {
		Map<Long, Integer> deltas = new TreeMap<>();
		quantitiesOut.forEach((product, quantity) -> deltas.merge(product, -quantity, Integer::sum));
		apply(deltas);
		deltas.forEach((product, delta) -> {
			if (delta != 0) {
				this.movements.save(new StockMovement(product, delta, reason, reference, null, actorId(), at));
			}
		});
	}

	@Transactional(readOnly = true)
	public int level(long productId) {
		return this.levels.quantity(productId).orElse(0);
	}

	@Transactional(readOnly = true)
	public List<StockMovement> history(long productId) {
		return this.movements.findByProductIdOrderByCreatedAtAscIdAsc(productId);
	}

	/**
	 * Applies the deltas in product order (so concurrent documents lock rows in the same
	 * order).
	 */
	private void apply(Map<Long, Integer> deltas) {
		Instant now = this.clock.instant();
		List<InsufficientStockException.Shortage> shortages = new ArrayList<>();
		new TreeMap<>(deltas).forEach((product, delta) -> {
			if (delta != 0 && !this.levels.change(product, delta, now)) {
				shortages.add(new InsufficientStockException.Shortage(product, -delta,
						this.levels.quantity(product).orElse(0)));
			}
		});
		if (!shortages.isEmpty()) {
			// the transaction is rolled back by the exception, which undoes the changes
			// already applied
			throw new InsufficientStockException(shortages);
		}
	}

	private Long actorId() {
		return this.access.currentCrmUser().map(CurrentUser::id).orElse(null);
	}

}
