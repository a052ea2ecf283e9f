package fr.infotools.catalog.api;

import java.util.List;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.ProductCategory;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The showcase of the public website, without login: active and featured products only,
 * with their prices and nothing else (no cost, margin or stock figure). Answers may be
 * cached for a minute.
 */
@RestController
@RequestMapping("/api/v1/public/products")
class PublicProductController {

	/** Revalidated at each visit: what a manager changes shows on the site at once. */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

	private final Catalog catalog;

	PublicProductController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ResponseEntity<List<PublicProductResponse>> list(@RequestParam(required = false) ProductCategory category) {
		return ResponseEntity.ok()
			.cacheControl(REVALIDATE)
			.body(this.catalog.showcase(category).stream().map(PublicProductResponse::of).toList());
	}

	/** One product of the showcase; any other answers 404. */
	@GetMapping("/{id}")
	ResponseEntity<PublicProductResponse> get(@PathVariable long id) {
		return ResponseEntity.ok().cacheControl(REVALIDATE).body(PublicProductResponse.of(this.catalog.showcased(id)));
	}

}
