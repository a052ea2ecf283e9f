package fr.infotools.identity.token;

import java.time.Duration;
import java.util.Collection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks access tokens, parsing each token and verifying its signature once: a client
 * sends the same token with every call while it lasts, and the parsing (a constant-time
 * base64, JSON) with the HMAC was about a seventh of a short API call. The claims are
 * still validated at every call (expiry, issuer, the session still open), so a token
 * expires or is revoked exactly as it would without this. Only a token whose signature
 * holds is remembered, under its whole text, signature included.
 */
final class VerifiedTokenDecoder implements JwtDecoder {

	private final JwtDecoder signatureCheck;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> verified;

	/**
	 * @param signatureCheck parses a token and checks its signature, and nothing else
	 * @param validator the checks of the claims, run at every call
	 * @param tokenLifetime how long a token lasts: it is not remembered longer
	 * @param capacity the most tokens remembered (the least used go first)
	 */
	VerifiedTokenDecoder(JwtDecoder signatureCheck, OAuth2TokenValidator<Jwt> validator, Duration tokenLifetime,
			long capacity) {
		this.signatureCheck = signatureCheck;
		this.validator = validator;
		this.verified = Caffeine.newBuilder().expireAfterWrite(tokenLifetime).maximumSize(capacity).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = this.verified.get(token, this.signatureCheck::decode);
		OAuth2TokenValidatorResult result = this.validator.validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException(message(result.getErrors()), result.getErrors());
		}
		return jwt;
	}

	/** The message Spring Security's own decoder gives for the same failure. */
	private static String message(Collection<OAuth2Error> errors) {
		return errors.stream()
			.map(OAuth2Error::getDescription)
			.filter((description) -> description != null && !description.isEmpty())
			.findFirst()
			.map((description) -> "An error occurred while attempting to decode the Jwt: " + description)
			.orElse("Unable to validate Jwt");
	}

	long size() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

}
