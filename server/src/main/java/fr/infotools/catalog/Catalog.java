package fr.infotools.catalog;

import java.util.List;
import java.util.Optional;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.NotFoundException;
import fr.infotools.stock.Stock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: everyone logged in reads it; only managers change it.
 */
@Service
public class Catalog {

	private final ProductRepository products;

	private final AccessPolicy access;

	private final Stock stock;

	Catalog(ProductRepository products, AccessPolicy access, Stock stock) {
		this.products = products;
		this.access = access;
		this.stock = stock;
	}

	@Transactional
	public Product create(ProductDetails details) {
		this.access.requireManager();
		Product product = this.products.save(new Product(details));
		if (product.isStockManaged()) {
			this.stock.open(product.getId());
		}
		return product;
	}

	@Transactional
	public Product update(long id, ProductDetails details) {
		this.access.requireManager();
		Product product = get(id);
		product.apply(details);
		return product;
	}

	/**
	 * Removes a product that was never sold nor stocked; others are made inactive
	 * instead.
	 */
	@Transactional
	public void delete(long id) {
		this.access.requireManager();
		this.products.delete(get(id));
	}

	@Transactional(readOnly = true)
	public Product get(long id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException("product", id));
	}

	@Transactional(readOnly = true)
	public Optional<Product> findBySku(String sku) {
		return this.products.findBySku(sku);
	}

	@Transactional(readOnly = true)
	public List<Product> all() {
		return this.products.findAllByOrderByCategoryAscNameAsc();
	}

}
