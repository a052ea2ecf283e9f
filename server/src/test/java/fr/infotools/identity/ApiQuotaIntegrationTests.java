package fr.infotools.identity;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user API quota: beyond it, 429 with Retry-After for that user only (its own
 * server, with a quota of five calls a minute).
 */
@IntegrationTest
@TestPropertySource(properties = { "infotools.rate-limits.limits.api.capacity=5",
		"infotools.rate-limits.limits.api.window=1m", "infotools.demo-data.enabled=false" })
class ApiQuotaIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aUserBeyondTheQuotaWaitsWhileOthersAreServed() {
		Api api = new Api(this.port);
		String rep = api.login(DemoAccounts.REP).access();
		String manager = api.login(DemoAccounts.MANAGER).access();
		for (int i = 0; i < 5; i++) {
			assertThat(api.get("/api/v1/me", rep).status()).isEqualTo(200);
		}
		Response refused = api.get("/api/v1/me", rep);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.json().get("code").asString()).isEqualTo("rate-limited");
		assertThat(api.get("/api/v1/me", manager).status()).isEqualTo(200);
	}

}
