package fr.infotools.site.web;

import fr.infotools.site.SiteContact;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages of the public website, in French.
 */
@Controller
class SitePages {

	private final SiteContact contact;

	SitePages(SiteContact contact) {
		this.contact = contact;
	}

	@ModelAttribute("company")
	SiteContact company() {
		return this.contact;
	}

	@GetMapping("/")
	String home() {
		return "site/index";
	}

	@GetMapping("/produits")
	String products() {
		return "site/products";
	}

	@GetMapping("/produits/{id:[0-9]{1,18}}")
	String product(@PathVariable long id, Model model) {
		model.addAttribute("productId", id);
		return "site/product";
	}

	@GetMapping("/rendez-vous")
	String request() {
		return "site/request";
	}

	@GetMapping("/mentions-legales")
	String legal() {
		return "site/legal";
	}

}
