package fr.infotools.identity;

import java.util.UUID;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins from one client address are throttled whatever accounts they try (its own
 * server, with a low per-address limit and a two-second window).
 */
@IntegrationTest
@TestPropertySource(properties = { "infotools.security.login-throttle.max-failures-per-address=4",
		"infotools.security.login-throttle.window=2s", "infotools.demo-data.enabled=false" })
class AddressThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theNextAttemptFromAnAddressAfterItsFailuresIsRefusedUntilTheWindowHasPassed() throws InterruptedException {
		Api api = new Api(this.port);
		for (int i = 0; i < 4; i++) {
			assertThat(api.tokenRequest("guess-" + UUID.randomUUID(), "wrong").status()).isEqualTo(401);
		}
		Response refused = api.tokenRequest(DemoAccounts.MANAGER, DemoAccounts.PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		long retryAfter = Long.parseLong(refused.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3L);
		Thread.sleep(retryAfter * 1000);
		assertThat(api.tokenRequest(DemoAccounts.MANAGER, DemoAccounts.PASSWORD).status()).isEqualTo(200);
	}

}
