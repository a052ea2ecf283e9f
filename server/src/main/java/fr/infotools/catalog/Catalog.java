package fr.infotools.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;
import fr.infotools.stock.Stock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: everyone logged in reads it; only managers change it. The public website
 * sees its showcase (active and featured products) without logging in.
 */
@Service
public class Catalog {

	private final ProductRepository products;

	private final AccessPolicy access;

	private final Stock stock;

	private final ProductStockings stockings;

	Catalog(ProductRepository products, AccessPolicy access, Stock stock, ProductStockings stockings) {
		this.products = products;
		this.access = access;
		this.stock = stock;
		this.stockings = stockings;
	}

	/**
	 * Adds a product (409 {@code product-sku-taken} when the SKU is already used); a
	 * stock-managed one starts with an empty stock.
	 */
	@Transactional
	public Product create(ProductDetails details) {
		this.access.requireManager();
		requireFreeSku(details.sku(), null);
		Product product;
		try {
			product = this.products.saveAndFlush(new Product(details));
		}
		catch (DataIntegrityViolationException ex) {
			// another manager took the SKU meanwhile (the other constraints were checked)
			throw skuTaken(details.sku());
		}
		if (product.isStockManaged()) {
			this.stock.open(product.getId());
		}
		return product;
	}

	@Transactional
	public Product update(long id, ProductDetails details) {
		this.access.requireManager();
		Product product = get(id);
		change(product, details);
		return product;
	}

	/** Updates from the version the client read (409 if someone changed it meanwhile). */
	@Transactional
	public Product update(long id, long expectedVersion, ProductDetails details) {
		this.access.requireManager();
		Product product = get(id);
		product.requireVersion(expectedVersion);
		change(product, details);
		return product;
	}

	/**
	 * Removes a product that was never sold nor stocked. One with stock movements,
	 * invoice lines or website requests is history that must stay: the delete is refused
	 * (409 {@code product-in-use}, deactivate it instead) and nothing changes.
	 */
	@Transactional
	public void delete(long id) {
		this.access.requireManager();
		Product product = get(id);
		if (this.stock.hasMovements(id)) {
			throw inUse(product);
		}
		try {
			this.products.delete(product);
			this.products.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw inUse(product);
		}
	}

	@Transactional(readOnly = true)
	public Product get(long id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException("product", id));
	}

	/**
	 * How the given products are stocked, by id, read in one query; a missing one is not
	 * found.
	 */
	public Map<Long, ProductStocking> stocking(Collection<Long> ids) {
		Map<Long, ProductStocking> found = this.stockings.of(ids);
		for (long id : ids) {
			if (!found.containsKey(id)) {
				throw new NotFoundException("product", id);
			}
		}
		return found;
	}

	/** A product with its stock level. */
	@Transactional(readOnly = true)
	public CatalogEntry entry(long id) {
		Product product = get(id);
		return new CatalogEntry(product, product.isStockManaged() ? this.stock.level(id) : null);
	}

	/**
	 * One page of the catalogue with the stock levels of its products, in two queries
	 * whatever the page size: {@code text} is part of the name or SKU; the other filters
	 * apply when given.
	 */
	@Transactional(readOnly = true)
	public Page<CatalogEntry> browse(String text, ProductCategory category, Boolean active, Boolean featured,
			Pageable page) {
		Page<Product> found = this.products.search(containing(text), category, active, featured, page);
		Map<Long, Integer> levels = this.stock
			.levels(found.stream().filter(Product::isStockManaged).map(Product::getId).toList());
		return found.map((product) -> new CatalogEntry(product,
				product.isStockManaged() ? levels.getOrDefault(product.getId(), 0) : null));
	}

	/**
	 * What the public website shows: active and featured products, by category and name.
	 */
	@Transactional(readOnly = true)
	public List<Product> showcase(ProductCategory category) {
		return this.products.showcase(category);
	}

	/** One product of the showcase; any other answers 404, as if it did not exist. */
	@Transactional(readOnly = true)
	public Product showcased(long id) {
		return this.products.findById(id)
			.filter(Product::isShowcased)
			.orElseThrow(() -> new NotFoundException("product", id));
	}

	@Transactional(readOnly = true)
	public Optional<Product> findBySku(String sku) {
		return this.products.findBySku(sku);
	}

	@Transactional(readOnly = true)
	public List<Product> all() {
		return this.products.findAllByOrderByCategoryAscNameAsc();
	}

	private void change(Product product, ProductDetails details) {
		requireFreeSku(details.sku(), product.getId());
		boolean wasStockManaged = product.isStockManaged();
		product.apply(details);
		if (product.isStockManaged() && !wasStockManaged) {
			this.stock.open(product.getId());
		}
		else if (!product.isStockManaged() && wasStockManaged) {
			this.stock.close(product.getId());
		}
	}

	private void requireFreeSku(String sku, Long productId) {
		this.products.findBySku(sku).filter((other) -> !other.getId().equals(productId)).ifPresent((other) -> {
			throw skuTaken(sku);
		});
	}

	private static ConflictException skuTaken(String sku) {
		return new ConflictException("product-sku-taken", Map.of("field", "sku", "sku", sku), sku);
	}

	private static ConflictException inUse(Product product) {
		return new ConflictException("product-in-use", Map.of("productId", product.getId(), "sku", product.getSku()),
				product.getSku());
	}

	private static String containing(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		// text comparisons ignore case on both databases (MariaDB collation, H2
		// IGNORECASE)
		return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
