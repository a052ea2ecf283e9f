package fr.infotools.catalog.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;

/**
 * Products made for one test through the API, each with its own SKU, so that tests that
 * change things never touch the demo catalogue nor each other.
 */
final class TestProducts {

	private TestProducts() {
	}

	static String uniqueSku() {
		return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/**
	 * A valid hardware product: stock-managed, reorder level 2, 100.00 EUR, cost 75.00.
	 */
	static Map<String, Object> hardware() {
		Map<String, Object> body = new HashMap<>();
		body.put("sku", uniqueSku());
		body.put("name", "Switch de test 8 ports");
		body.put("description", "Commutateur de test.\nDeux lignes.");
		body.put("category", "NETWORK");
		body.put("unitPriceExclVat", 100.00);
		body.put("purchaseCost", 75.00);
		body.put("vatRate", 20);
		body.put("reorderLevel", 2);
		return body;
	}

	/** A valid service: never stock-managed. */
	static Map<String, Object> service() {
		Map<String, Object> body = new HashMap<>();
		body.put("sku", uniqueSku());
		body.put("name", "Prestation de test");
		body.put("category", "SERVICE");
		body.put("unitPriceExclVat", 500);
		body.put("purchaseCost", 200);
		body.put("vatRate", 20);
		return body;
	}

	/** Creates the product as the manager and returns its id. */
	static long create(Api api, String manager, Map<String, Object> body) {
		Response created = api.post("/api/v1/products", body, manager);
		if (created.status() != 201) {
			throw new AssertionError("creating a product answered " + created.status() + ": " + created.body());
		}
		return created.json().get("id").asLong();
	}

	/** Creates a hardware product and brings its stock to {@code level}. */
	static long stocked(Api api, String manager, int level) {
		long id = create(api, manager, hardware());
		if (level > 0) {
			Response restock = api.post("/api/v1/products/" + id + "/stock-movements",
					Map.of("quantity", level, "reason", "RESTOCK", "reference", "BL-TEST"), manager);
			if (restock.status() != 201) {
				throw new AssertionError("restocking answered " + restock.status() + ": " + restock.body());
			}
		}
		return id;
	}

	/** The request that replaces a product with what it is now, at the version read. */
	static Map<String, Object> requestOf(JsonNode product) {
		Map<String, Object> body = new HashMap<>();
		for (String name : List.of("sku", "name", "description", "category", "unitPriceExclVat", "purchaseCost",
				"vatRate", "featured", "active", "stockManaged", "reorderLevel", "version")) {
			JsonNode value = product.get(name);
			if (value.isBoolean()) {
				body.put(name, value.asBoolean());
			}
			else if (value.isNumber()) {
				body.put(name, value.decimalValue());
			}
			else if (!value.isNull()) {
				body.put(name, value.asString());
			}
		}
		return body;
	}

}
