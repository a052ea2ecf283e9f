package fr.infotools.security;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on every kind of answer — API, page, error — and no cross-origin
 * access by default.
 */
@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		Api api = new Api(this.port);
		String token = api.login(DemoAccounts.REP).access();
		Map<String, Response> answers = new LinkedHashMap<>();
		answers.put("API answer", api.get("/api/v1/me", token));
		answers.put("API error", api.get("/api/v1/customers/999999", token));
		answers.put("API refusal", api.get("/api/v1/me", null));
		answers.put("public page", api.get("/", null));
		answers.put("login page", api.get("/login", null));
		StringBuilder md = new StringBuilder(
				"## Security headers\n\n| answer | status | X-Content-Type-Options | X-Frame-Options | Content-Security-Policy | Referrer-Policy | Cache-Control |\n|---|---|---|---|---|---|---|\n");
		answers.forEach((name, response) -> {
			assertThat(response.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).as(name).isEqualTo("DENY");
			assertThat(response.header("Content-Security-Policy")).as(name).contains("frame-ancestors 'none'");
			assertThat(response.header("Referrer-Policy")).as(name).isNotBlank();
			assertThat(response.header("Server")).as(name).isNull();
			md.append("| ").append(name).append(" | ").append(response.status());
			for (String header : new String[] { "X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy",
					"Referrer-Policy", "Cache-Control" }) {
				md.append(" | `").append(SecurityReport.cell(String.valueOf(response.header(header)))).append("`");
			}
			md.append(" |\n");
		});
		assertThat(answers.get("API answer").header("Cache-Control")).contains("no-store");
		assertThat(answers.get("API answer").header("Content-Security-Policy")).startsWith("default-src 'none'");
		SecurityReport.section("50-headers.md", md.append("\n").toString());
	}

	@Test
	void crossOriginCallsAreNotAllowedByDefault() {
		Api api = new Api(this.port);
		Response preflight = api.send("OPTIONS", "/api/v1/customers", null, null,
				Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
		Response simple = api.send("GET", "/api/v1/public/products", null, null,
				Map.of("Origin", "https://evil.example"));
		assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
	}

}
