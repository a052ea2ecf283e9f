package fr.infotools.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves stock: every change is a movement, and a level never goes below zero. Taking
 * several products at once is all or nothing. A product has a level exactly while it is
 * stock-managed (the catalogue opens and closes it).
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

	/**
	 * Starts following the stock of a stock-managed product, at zero; does nothing when
	 * it is already followed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void open(long productId) {
		if (this.levels.quantity(productId).isEmpty()) {
			this.levels.open(productId, this.clock.instant());
		}
	}

	/**
	 * Stops following the stock of a product that is no longer stock-managed; refused
	 * (422 on {@code stockManaged}) while units are left. Its movements stay.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void close(long productId) {
		if (!this.levels.closeIfEmpty(productId)) {
			this.levels.quantity(productId).ifPresent((quantity) -> {
				throw new BusinessRuleException("stock.not-empty", "stockManaged", quantity);
			});
		}
	}

	/**
	 * Records a manager's restock (positive) or adjustment (signed) with its reason.
	 * Throws {@link InsufficientStockException} when it would take the level below zero.
	 */
	@Transactional
	public StockMovement move(long productId, int quantity, MovementReason reason, String reference, String comment,
			Instant at) {
		this.access.requireManager();
		ManualMovement movement = new ManualMovement(quantity, reason, reference, comment);
		apply(Map.of(productId, quantity));
		return this.movements.save(new StockMovement(productId, movement.quantity(), movement.reason(),
				movement.reference(), movement.comment(), actorId(), at));
	}

	/**
	 * Records a manager's movement now, for a stock-managed product (422
	 * {@code stock.not-managed} otherwise). One that would take the level below zero is
	 * refused as a 409 {@code insufficient-stock} conflict naming the available quantity,
	 * and nothing changes.
	 */
	@Transactional
	public RecordedMovement record(long productId, ManualMovement movement) {
		this.access.requireManager();
		if (this.levels.quantity(productId).isEmpty()) {
			throw new BusinessRuleException("stock.not-managed", "productId", String.valueOf(productId));
		}
		try {
			StockMovement recorded = move(productId, movement.quantity(), movement.reason(), movement.reference(),
					movement.comment(), this.clock.instant());
			return new RecordedMovement(recorded, level(productId));
		}
		catch (InsufficientStockException ex) {
			InsufficientStockException.Shortage shortage = ex.getShortages().get(0);
			throw new ConflictException("insufficient-stock", Map.of("productId", productId, "requested",
					shortage.requested(), "available", shortage.available(), "shortages", ex.getShortages()));
		}
	}

	/**
	 * Takes out (positive quantities) or puts back (negative quantities) several products
	 * for one document, all or nothing: if any product lacks stock, nothing moves and
	 * every shortage is reported. The document's reference is asked for once the stock is
	 * taken, so that a document number, whose series stays locked until the transaction
	 * ends, is taken as late as possible. Answers that reference.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String moveForDocument(Map<Long, Integer> quantitiesOut, MovementReason reason,
			java.util.function.Supplier<String> referenceOnceTaken, Instant at) {
		Map<Long, Integer> deltas = new TreeMap<>();
		quantitiesOut.forEach((product, quantity) -> deltas.merge(product, -quantity, Integer::sum));
		apply(deltas);
		String reference = referenceOnceTaken.get();
		deltas.forEach((product, delta) -> {
			if (delta != 0) {
				this.movements.save(new StockMovement(product, delta, reason, reference, null, actorId(), at));
			}
		});
		return reference;
	}

	@Transactional(readOnly = true)
	public int level(long productId) {
		return this.levels.quantity(productId).orElse(0);
	}

	/**
	 * The levels of several products, read in one query; a product that is not
	 * stock-managed has none.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> levels(Collection<Long> productIds) {
		return this.levels.quantities(productIds);
	}

	@Transactional(readOnly = true)
	public List<StockMovement> history(long productId) {
		return this.movements.findByProductIdOrderByCreatedAtAscIdAsc(productId);
	}

	/** One page of a product's movements, in the order the page asks for. */
	@Transactional(readOnly = true)
	public Page<StockMovement> history(long productId, Pageable page) {
		return this.movements.findByProductId(productId, page);
	}

	/** Whether any movement ever changed this product's stock. */
	@Transactional(readOnly = true)
	public boolean hasMovements(long productId) {
		return this.movements.existsByProductId(productId);
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
