package fr.infotools.perf.baseline;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Token checks, including a token the server itself issued (Nimbus, HS256) so that the
 * baseline's signature code is not only checked against itself.
 */
class AccessTokensTests {

	/**
	 * Issued by the server to jdupont at 2026-11-29T01:13:48Z (expires 01:28:48Z) with a
	 * random secret made for that one run, never used elsewhere.
	 */
	static final String SERVER_SECRET = "Ll0dJKory9srAj+vFFBLrCTnoidOuQrEPjcPvi4UMx4=";

	static final String SERVER_TOKEN = "eyJraWQiOiJEZklSUEVjVzVIQXhuS21KVVl4UlhBQlpEcTBKWE1aUjh5SzNJSlNTaVZrIiwiYWxnIjoiSFMyNTYifQ"
			+ ".eyJzdWIiOiJqZHVwb250IiwidWlkIjoyLCJyb2xlIjoiU0FMRVMiLCJpc3MiOiJpbmZvdG9vbHMiLCJuYW1lIjoiSmVhbiBEdXBvbnQiLCJleHAiOjE3OTU5MTU3MjgsImlhdCI6MTc5NTkxNDgyOCwianRpIjoiYzRhY2U4N2YtNzhjYS00YjAyLWExMzktMmI1Mzc3OWUwODJkIiwic2lkIjoiNzdmMDVlNDUtZTlkZC00MTA3LTk0ZjItM2I2ZjhlYTA2NTMwIn0"
			+ ".0lsoBHPIY5ZXW2MT-Duwz4f0i_DO7Zu2enckxx1nhh0";

	static final Instant SERVER_TOKEN_EXPIRES = Instant.parse("2026-11-29T01:28:48Z");

	final AccessTokens tokens = new AccessTokens(TestTokens.SECRET);

	@Test
	void acceptsATokenTheServerSigned() {
		AccessTokens serverKey = new AccessTokens(SERVER_SECRET);
		assertThat(serverKey.verify("Bearer " + SERVER_TOKEN, SERVER_TOKEN_EXPIRES.minusSeconds(600)))
			.isEqualTo(new AccessTokens.Caller(2, false, "77f05e45-e9dd-4107-94f2-3b6f8ea06530"));
		assertThat(serverKey.verify("bearer " + SERVER_TOKEN, SERVER_TOKEN_EXPIRES.plusSeconds(60)))
			.as("the scheme ignores case; a minute of clock skew")
			.isNotNull();
		assertThat(serverKey.verify("Bearer " + SERVER_TOKEN, SERVER_TOKEN_EXPIRES.plusSeconds(61))).isNull();
		assertThat(this.tokens.verify("Bearer " + SERVER_TOKEN, SERVER_TOKEN_EXPIRES.minusSeconds(600)))
			.as("another secret")
			.isNull();
	}

	@Test
	void readsTheCallerFromItsClaims() {
		Instant now = TestDatabase.NOW;
		assertThat(this.tokens.verify("Bearer " + TestTokens.manager(), now))
			.isEqualTo(new AccessTokens.Caller(1, true, "s-boss"));
		assertThat(this.tokens.verify("Bearer " + TestTokens.manager(), now).ownerScope()).isNull();
		assertThat(this.tokens.verify("Bearer " + TestTokens.rep(), now).ownerScope()).isEqualTo(2L);
	}

	@Test
	void refusesTokensTheServerRefuses() {
		Instant now = TestDatabase.NOW;
		long exp = now.getEpochSecond() + 600;
		String claims = "\"uid\":2,\"role\":\"SALES\",\"sid\":\"s\",\"exp\":" + exp;
		assertThat(verify(TestTokens.HEADER, "{\"iss\":\"infotools\"," + claims + "}")).isNotNull();
		assertThat(verify("{\"alg\":\"HS512\"}", "{\"iss\":\"infotools\"," + claims + "}")).as("algorithm").isNull();
		assertThat(verify("{\"alg\":\"none\"}", "{\"iss\":\"infotools\"," + claims + "}")).isNull();
		assertThat(verify(TestTokens.HEADER, "{\"iss\":\"other\"," + claims + "}")).as("issuer").isNull();
		assertThat(verify(TestTokens.HEADER, "{" + claims + "}")).as("no issuer").isNull();
		assertThat(verify(TestTokens.HEADER, "{\"iss\":\"infotools\",\"uid\":2,\"role\":\"SALES\",\"sid\":\"s\"}"))
			.as("no expiry")
			.isNull();
		assertThat(verify(TestTokens.HEADER,
				"{\"iss\":\"infotools\"," + claims + ",\"nbf\":" + (now.getEpochSecond() + 61) + "}"))
			.as("not yet valid")
			.isNull();
		assertThat(verify(TestTokens.HEADER,
				"{\"iss\":\"infotools\"," + claims + ",\"nbf\":" + (now.getEpochSecond() + 60) + "}"))
			.as("valid within the skew")
			.isNotNull();
		assertThat(verify(TestTokens.HEADER, "{\"iss\":\"infotools\"," + claims.replace("SALES", "ADMIN") + "}"))
			.as("unknown role")
			.isNull();
		assertThat(verify(TestTokens.HEADER, "{\"iss\":\"infotools\"," + claims.replace("2,", "2.5,") + "}"))
			.as("user id not whole")
			.isNull();
		assertThat(verify(TestTokens.HEADER, "{\"iss\":\"infotools\"," + claims.replace("\"s\"", "7") + "}"))
			.as("session id not a string")
			.isNull();
		assertThat(verify(TestTokens.HEADER, "[1]")).as("claims not an object").isNull();
		assertThat(this.tokens.verify("Bearer a.b", TestDatabase.NOW)).isNull();
		assertThat(this.tokens.verify("Bearer a.b.c.d", TestDatabase.NOW)).isNull();
		assertThat(this.tokens.verify("Bearer %%%.b.c", TestDatabase.NOW)).isNull();
		assertThat(this.tokens.verify(null, TestDatabase.NOW)).isNull();
	}

	@Test
	void needsTheServersSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessTokens(null))
			.withMessageContaining("INFOTOOLS_TOKEN_SECRET");
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessTokens(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessTokens("x")).withMessageContaining("base64");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccessTokens(Base64.getEncoder().encodeToString(new byte[31])))
			.withMessageContaining("32 bytes");
		assertThat(new AccessTokens(" " + SERVER_SECRET + "\n").verify("Bearer " + SERVER_TOKEN,
				SERVER_TOKEN_EXPIRES.minusSeconds(1)))
			.as("trimmed as TokenKeys trims it")
			.isNotNull();
	}

	private AccessTokens.Caller verify(String header, String claims) {
		return this.tokens.verify("Bearer " + TestTokens.signed(header, claims), TestDatabase.NOW);
	}

}
