package fr.infotools.catalog.api;

import fr.infotools.catalog.CatalogEntry;

/**
 * A product as the API shows it to a logged-in user: a manager sees its cost and margin,
 * a sales rep a response that has no such fields at all.
 */
sealed interface ProductView permits ProductResponse, ManagerProductResponse {

	static ProductView of(CatalogEntry entry, boolean manager) {
		return manager ? ManagerProductResponse.of(entry) : ProductResponse.of(entry);
	}

}
