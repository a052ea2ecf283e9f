package fr.infotools.site.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sitemap and robots.txt, with absolute addresses built from the address the site is
 * reached at.
 */
@RestController
class SiteMap {

	static final List<String> PAGES = List.of("/", "/produits", "/rendez-vous", "/mentions-legales");

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		String base = base();
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				""");
		for (String page : PAGES) {
			xml.append("  <url><loc>").append(base).append(page).append("</loc></url>\n");
		}
		return xml.append("</urlset>\n").toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nDisallow: /app\nDisallow: /api/\nSitemap: " + base() + "/sitemap.xml\n";
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
