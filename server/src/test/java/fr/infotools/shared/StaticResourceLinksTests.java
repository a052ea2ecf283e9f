package fr.infotools.shared;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link styles and scripts by their content-hashed URLs (served for a day from
 * caches) and every other page as written.
 */
@IntegrationTest
class StaticResourceLinksTests {

	@LocalServerPort
	int port;

	@Test
	void stylesAndScriptsAreVersionedAndPagesAreNot() {
		String home = new Api(this.port).get("/", null).body();

		assertThat(home).containsPattern("href=\"/css/site-[0-9a-f]{32}\\.css\"")
			.containsPattern("src=\"/js/site-[0-9a-f]{32}\\.js\"")
			.contains("href=\"/produits\"", "href=\"/app\"")
			.doesNotContain("href=\"/css/site.css\"");
	}

	@Test
	void onlyTheConfiguredPathsAreAskedFor() {
		StaticResourceLinks.VersionedLinksOnly filter = new StaticResourceLinks.VersionedLinksOnly(null,
				java.util.List.of("/css/**"));
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		// a link outside the versioned paths never reaches the resource resolvers (null
		// here)
		assertThat(filter.versioned(request, "/app/appointments/42?week=2026-W48"))
			.isEqualTo("/app/appointments/42?week=2026-W48");
	}

}
