package fr.infotools.catalog;

import java.util.List;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.stock.ManualMovement;
import fr.infotools.stock.RecordedMovement;
import fr.infotools.stock.Stock;
import fr.infotools.stock.StockMovement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock of the catalogue's products: their movements, the movements managers record
 * by hand, and the products to restock. The product is checked here (it exists, it is
 * stock-managed); the stock module does the moving.
 */
@Service
public class Inventory {

	private final Catalog catalog;

	private final Stock stock;

	private final StockAlerts alerts;

	private final AccessPolicy access;

	Inventory(Catalog catalog, Stock stock, StockAlerts alerts, AccessPolicy access) {
		this.catalog = catalog;
		this.stock = stock;
		this.access = access;
		this.alerts = alerts;
	}

	/** One page of a product's movements (404 for an unknown product). */
	@Transactional(readOnly = true)
	public Page<StockMovement> movements(long productId, Pageable page) {
		this.catalog.get(productId);
		return this.stock.history(productId, page);
	}

	/**
	 * Records a restock or an adjustment (managers only). A product that is not
	 * stock-managed has no stock to move (422); a movement that would take the level
	 * below zero is refused (409 {@code insufficient-stock}) and nothing changes.
	 */
	@Transactional
	public Recorded record(long productId, ManualMovement movement) {
		this.access.requireManager();
		Product product = this.catalog.get(productId);
		if (!product.isStockManaged()) {
			throw new BusinessRuleException("stock.not-managed", "productId", product.getSku());
		}
		RecordedMovement recorded = this.stock.record(productId, movement);
		return new Recorded(recorded.movement(), new CatalogEntry(product, recorded.level()));
	}

	/**
	 * The active stock-managed products at or under their reorder level, emptiest first
	 * (managers only).
	 */
	@Transactional(readOnly = true)
	public List<StockAlert> alerts() {
		this.access.requireManager();
		return this.alerts.all();
	}

	/** A movement just recorded and the product with the level it left. */
	public record Recorded(StockMovement movement, CatalogEntry product) {

	}

}
