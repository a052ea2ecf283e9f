package fr.infotools.appointment.api;

import java.util.Map;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public request form's rate limit per client address: every post counts, valid or
 * not, and beyond the limit the answer is 429 with Retry-After and nothing is stored (its
 * own server, with a limit of two requests an hour).
 */
@IntegrationTest
@TestPropertySource(properties = { "infotools.rate-limits.limits.public-requests.capacity=2",
		"infotools.rate-limits.limits.public-requests.window=1h", "infotools.demo-data.enabled=false" })
class PublicRequestRateLimitTests {

	private static final String FORM = "/api/v1/public/appointment-requests";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void beyondTheLimitTheAddressWaitsAndNothingIsStored() {
		Api api = new Api(this.port);
		long before = count();
		assertThat(api.post(FORM, PublicRequestApiTests.valid(), null).status()).isEqualTo(201);
		assertThat(api.post(FORM, Map.of("consent", false), null).status()).isEqualTo(422);
		Response refused = api.post(FORM, PublicRequestApiTests.valid(), null);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("code").asString()).isEqualTo("rate-limited");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(api.post(FORM, "{not json", null).status()).isEqualTo(429);
		assertThat(count()).isEqualTo(before + 1);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment_requests").query(Long.class).single();
	}

}
