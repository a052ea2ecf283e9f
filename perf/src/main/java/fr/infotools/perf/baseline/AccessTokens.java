package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's access tokens checked as the server checks them (JwtConfiguration): header
 * {@code alg} HS256, HMAC-SHA256 signature with the shared secret, issuer
 * {@code infotools}, expiry and not-before with Spring Security's one-minute clock skew;
 * then the user id ({@code uid}), role and session ({@code sid}) claims. Whether the
 * session is still open is {@link Sessions}' concern.
 */
final class AccessTokens {

	static final String ISSUER = "infotools";

	/** Spring Security's JwtTimestampValidator default, which the server keeps. */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	/**
	 * @param secret the server's {@code infotools.security.tokens.secret}
	 * (INFOTOOLS_TOKEN_SECRET): standard base64 of at least 32 bytes, read as TokenKeys
	 * reads it
	 */
	AccessTokens(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException(
					"INFOTOOLS_TOKEN_SECRET is required: the base64 secret the server signs its tokens with");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(secret.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("INFOTOOLS_TOKEN_SECRET must be standard base64", ex);
		}
		if (bytes.length < 32) {
			throw new IllegalArgumentException("INFOTOOLS_TOKEN_SECRET must hold at least 32 bytes");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/**
	 * Who calls.
	 *
	 * @param sessionId the login session the token belongs to
	 */
	record Caller(long userId, boolean manager, String sessionId) {

		/** The owner a query is limited to: the rep; null for a manager, who sees all. */
		Long ownerScope() {
			return this.manager ? null : this.userId;
		}

	}

	/** The caller of a valid {@code Authorization: Bearer} header, or null. */
	Caller verify(String authorization, Instant now) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = authorization.substring(7).trim();
		int headerEnd = token.indexOf('.');
		int claimsEnd = token.indexOf('.', headerEnd + 1);
		if (headerEnd < 0 || claimsEnd < 0 || token.indexOf('.', claimsEnd + 1) >= 0) {
			return null;
		}
		try {
			Map<String, Object> header = JsonReader.object(decode(token.substring(0, headerEnd)));
			if (!"HS256".equals(header.get("alg")) || !MessageDigest.isEqual(sign(token.substring(0, claimsEnd)),
					BASE64URL.decode(token.substring(claimsEnd + 1)))) {
				return null;
			}
			return caller(JsonReader.object(decode(token.substring(headerEnd + 1, claimsEnd))), now);
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			return null;
		}
	}

	private static Caller caller(Map<String, Object> claims, Instant now) {
		if (!ISSUER.equals(claims.get("iss")) || !(claims.get("exp") instanceof BigDecimal expires)
				|| now.minus(CLOCK_SKEW).isAfter(Instant.ofEpochSecond(expires.longValue()))) {
			return null;
		}
		if (claims.get("nbf") instanceof BigDecimal notBefore
				&& now.plus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(notBefore.longValue()))) {
			return null;
		}
		Object role = claims.get("role");
		if (!(claims.get("uid") instanceof BigDecimal uid) || !(claims.get("sid") instanceof String session)
				|| !("MANAGER".equals(role) || "SALES".equals(role))) {
			return null;
		}
		return new Caller(uid.longValueExact(), "MANAGER".equals(role), session);
	}

	/** The HS256 signature of {@code base64url(header).base64url(claims)}. */
	byte[] sign(String signingInput) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decode(String base64url) {
		return new String(BASE64URL.decode(base64url), StandardCharsets.UTF_8);
	}

}
