package fr.infotools.catalog.api;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.CatalogEntry;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;
import fr.infotools.shared.Versions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue: everyone logged in reads it (a manager with costs and margins, a sales
 * rep without); only managers change it (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

	private static final Map<String, String> SORTABLE = Map.of("name", "name", "sku", "sku", "category", "category",
			"unitPriceExclVat", "unitPriceExclVat", "createdAt", "createdAt", "updatedAt", "updatedAt");

	private final Catalog catalog;

	private final AccessPolicy access;

	ProductController(Catalog catalog, AccessPolicy access) {
		this.catalog = catalog;
		this.access = access;
	}

	/**
	 * Lists products with their stock level and availability: {@code q} is part of the
	 * name or SKU; {@code category}, {@code active} and {@code featured} filter when
	 * given.
	 */
	@GetMapping
	PageResponse<ProductView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) ProductCategory category, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Boolean featured, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		boolean manager = this.access.isManager();
		return PageResponse
			.of(this.catalog.browse(q, category, active, featured, PageQuery.of(page, size, sort, SORTABLE, "name"))
				.map((entry) -> ProductView.of(entry, manager)));
	}

	@GetMapping("/{id}")
	ResponseEntity<ProductView> get(@PathVariable long id) {
		return view(ResponseEntity.ok(), this.catalog.entry(id));
	}

	@PostMapping
	ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request) {
		Product product = this.catalog.create(request.details());
		return view(ResponseEntity.created(URI.create("/api/v1/products/" + product.getId())),
				this.catalog.entry(product.getId()));
	}

	/** Replaces a product's description, from the version read (body or If-Match). */
	@PutMapping("/{id}")
	ResponseEntity<ProductView> update(@PathVariable long id, @Valid @RequestBody ProductRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.catalog.update(id, Versions.expected(request.version(), ifMatch), request.details());
		return view(ResponseEntity.ok(), this.catalog.entry(id));
	}

	/**
	 * Deletes a product that was never stocked nor sold; any other answers 409
	 * {@code product-in-use}: deactivate it instead.
	 */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.catalog.delete(id);
	}

	private ResponseEntity<ProductView> view(ResponseEntity.BodyBuilder response, CatalogEntry entry) {
		return response.eTag(Versions.etag(entry.product().getVersion()))
			.body(ProductView.of(entry, this.access.isManager()));
	}

}
