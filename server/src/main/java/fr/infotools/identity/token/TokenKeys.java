package fr.infotools.identity.token;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key that signs access tokens.
 */
final class TokenKeys {

	private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);

	private TokenKeys() {
	}

	static SecretKey signingKey(String configuredSecret) {
		byte[] key;
		if (configuredSecret == null || configuredSecret.isBlank()) {
			log.warn("No infotools.security.tokens.secret configured: using a random key, so API tokens do not "
					+ "survive a restart and are not shared between instances");
			key = new byte[32];
			new SecureRandom().nextBytes(key);
		}
		else {
			key = Base64.getDecoder().decode(configuredSecret.trim());
			if (key.length < 32) {
				throw new IllegalStateException("infotools.security.tokens.secret must hold at least 32 bytes");
			}
		}
		return new SecretKeySpec(key, "HmacSHA256");
	}

}
