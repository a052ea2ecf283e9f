package fr.infotools.perf.baseline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's access tokens checked the way the server checks them: HS256 signature with
 * the shared secret, issuer and expiry; then the user id and role claims.
 */
final class AccessToken {

	private static final Pattern UID = Pattern.compile("\"uid\"\\s*:\\s*(\\d+)");

	private static final Pattern ROLE = Pattern.compile("\"role\"\\s*:\\s*\"(\\w+)\"");

	private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

	private static final Pattern ISS = Pattern.compile("\"iss\"\\s*:\\s*\"infotools\"");

	private final SecretKeySpec key;

	/**
	 * @param secret the base64 secret the server reads from INFOTOOLS_TOKEN_SECRET
	 */
	AccessToken(String secret) {
		this.key = new SecretKeySpec(Base64.getDecoder().decode(secret.trim()), "HmacSHA256");
	}

	/** Who a token belongs to. */
	record Holder(long userId, boolean manager) {

	}

	/** The holder of a valid {@code Authorization: Bearer} header, or null. */
	Holder check(String authorization, Instant now) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return null;
		}
		String[] parts = authorization.substring(7).trim().split("\\.");
		if (parts.length != 3 || !signatureMatches(parts)) {
			return null;
		}
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		Matcher uid = UID.matcher(claims);
		Matcher role = ROLE.matcher(claims);
		Matcher exp = EXP.matcher(claims);
		if (!uid.find() || !role.find() || !exp.find() || !ISS.matcher(claims).find()
				|| Long.parseLong(exp.group(1)) <= now.getEpochSecond()) {
			return null;
		}
		return new Holder(Long.parseLong(uid.group(1)), "MANAGER".equals(role.group(1)));
	}

	private boolean signatureMatches(String[] parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			return MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

}
