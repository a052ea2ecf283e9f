package fr.infotools.desktop.api;

import java.util.List;

import fr.infotools.desktop.api.model.Category;
import fr.infotools.desktop.api.model.MovementInput;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.ProductInput;
import fr.infotools.desktop.api.model.RecordedMovement;
import fr.infotools.desktop.api.model.StockAlert;
import fr.infotools.desktop.api.model.StockMovement;
import tools.jackson.core.type.TypeReference;

/** The catalogue and the stock. */
public class ProductsApi {

	private static final String PATH = "/api/v1/products";

	private final ApiClient client;

	public ProductsApi(ApiClient client) {
		this.client = client;
	}

	public Page<Product> list(String q, Category category, Boolean active, int page, int size) {
		return this.client.get(PATH,
				Query.of()
					.add("q", q)
					.add("category", category)
					.add("active", active)
					.page(page, size)
					.add("sort", "name"),
				new TypeReference<Page<Product>>() {
				});
	}

	public Product get(long id) {
		return this.client.get(PATH + "/" + id, Query.of(), Product.class);
	}

	public Product create(ProductInput input) {
		return this.client.post(PATH, input, Product.class);
	}

	public Product update(long id, ProductInput input) {
		return this.client.put(PATH + "/" + id, input, Product.class);
	}

	public void delete(long id) {
		this.client.delete(PATH + "/" + id);
	}

	public Page<StockMovement> movements(long productId, int page, int size) {
		return this.client.get(PATH + "/" + productId + "/stock-movements", Query.of().page(page, size),
				new TypeReference<Page<StockMovement>>() {
				});
	}

	public RecordedMovement move(long productId, MovementInput input) {
		return this.client.post(PATH + "/" + productId + "/stock-movements", input, RecordedMovement.class);
	}

	public List<StockAlert> alerts() {
		return this.client.get("/api/v1/stock/alerts", Query.of(), new TypeReference<List<StockAlert>>() {
		});
	}

}
