package fr.infotools.identity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read the metrics: the bearer of the configured token, and nobody when no token
 * is configured.
 */
class MetricsScrapeTokenTests {

	@Test
	void onlyTheConfiguredTokenOpensTheMetrics() {
		MetricsScrapeToken token = new MetricsScrapeToken("s3cret-token");
		assertThat(allowed(token, "Bearer s3cret-token")).isTrue();
		assertThat(allowed(token, "bearer s3cret-token")).isTrue();
		assertThat(allowed(token, "Bearer s3cret-tokens")).isFalse();
		assertThat(allowed(token, "Basic czNjcmV0LXRva2Vu")).isFalse();
		assertThat(allowed(token, null)).isFalse();
	}

	@Test
	void withoutAConfiguredTokenNobodyReadsThem() {
		assertThat(allowed(new MetricsScrapeToken(""), "Bearer ")).isFalse();
		assertThat(allowed(new MetricsScrapeToken(null), "Bearer x")).isFalse();
	}

	private static boolean allowed(MetricsScrapeToken token, String header) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		if (header != null) {
			request.addHeader("Authorization", header);
		}
		return token.authorize(() -> null, new RequestAuthorizationContext(request)).isGranted();
	}

}
