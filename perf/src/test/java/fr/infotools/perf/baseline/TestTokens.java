package fr.infotools.perf.baseline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Access tokens shaped as the server issues them, signed with the baseline's own HS256
 * code ({@link AccessTokens#sign}); AccessTokensTests also checks a token the server
 * itself signed.
 */
final class TestTokens {

	/** A throwaway 32-byte secret, standard base64 as INFOTOOLS_TOKEN_SECRET. */
	static final String SECRET = Base64.getEncoder()
		.encodeToString("perf-baseline-tests-secret-32byt".getBytes(StandardCharsets.US_ASCII));

	static final String HEADER = "{\"kid\":\"test\",\"alg\":\"HS256\"}";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private TestTokens() {
	}

	static String token(long userId, String role, String sessionId, Instant expires) {
		return signed(HEADER, "{\"sub\":\"someone\",\"uid\":" + userId + ",\"role\":\"" + role
				+ "\",\"iss\":\"infotools\",\"name\":\"Some \\\"One\\\"\",\"exp\":" + expires.getEpochSecond()
				+ ",\"iat\":" + (expires.getEpochSecond() - 900) + ",\"jti\":\"j\",\"sid\":\"" + sessionId + "\"}");
	}

	static String rep() {
		return token(2, "SALES", "s-rep", TestDatabase.NOW.plusSeconds(600));
	}

	static String manager() {
		return token(1, "MANAGER", "s-boss", TestDatabase.NOW.plusSeconds(600));
	}

	static String signed(String header, String claims) {
		String input = BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
		return input + "." + BASE64URL.encodeToString(new AccessTokens(SECRET).sign(input));
	}

}
