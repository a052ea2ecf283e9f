package fr.infotools.catalog.web;

import java.util.Arrays;
import java.util.Locale;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.CatalogEntry;
import fr.infotools.catalog.ProductCategory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue as a sales rep sells from it: the active products, by category and name,
 * searched by name or SKU, with their prices and availability — what they cost Info-Tools
 * is not for reps. A page at a time, in three queries whatever its size.
 */
@Controller
class ProductPages {

	static final int PAGE_SIZE = 20;

	private final Catalog catalog;

	ProductPages(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/app/produits")
	String list(@RequestParam(required = false) String q,
			@RequestParam(name = "categorie", required = false) String category,
			@RequestParam(required = false) Integer page, Model model) {
		ProductCategory chosen = categoryOf(category);
		String text = (q != null && !q.isBlank()) ? q.strip() : null;
		int number = (page != null && page > 0) ? Math.min(page, 1_000_000) : 0;
		Page<CatalogEntry> found = this.catalog.browse(text, chosen, true, null,
				PageRequest.of(number, PAGE_SIZE, Sort.by("category", "name", "id")));
		model.addAttribute("page", found);
		model.addAttribute("q", text);
		model.addAttribute("category", chosen);
		model.addAttribute("categories", ProductCategory.values());
		return "app/products";
	}

	/** The category named, or none (every category) for anything else. */
	static ProductCategory categoryOf(String category) {
		if (category == null) {
			return null;
		}
		return Arrays.stream(ProductCategory.values())
			.filter((value) -> value.name().equals(category.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

}
