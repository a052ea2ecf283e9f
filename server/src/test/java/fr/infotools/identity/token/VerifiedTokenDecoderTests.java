package fr.infotools.identity.token;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import fr.infotools.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token's signature is checked once, its claims at every call: an expired token, a
 * token of a closed session or a forged one is refused however often it was accepted
 * before.
 */
class VerifiedTokenDecoderTests {

	static final Instant ISSUED = Instant.parse("2026-11-29T08:00:00Z");

	SecretKey key = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256");

	AtomicInteger signatureChecks = new AtomicInteger();

	AtomicBoolean sessionOpen = new AtomicBoolean(true);

	MutableClock clock = new MutableClock(ISSUED.plusSeconds(1));

	VerifiedTokenDecoder decoder = decoder(100);

	@Test
	void aGoodTokenHasItsSignatureCheckedOnceAndItsClaimsEveryTime() {
		String token = token(this.key, "infotools");
		assertThat(this.decoder.decode(token).getSubject()).isEqualTo("jdupont");
		assertThat(this.decoder.decode(token).getSubject()).isEqualTo("jdupont");
		assertThat(this.signatureChecks).hasValue(1);

		this.sessionOpen.set(false);
		assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOf(JwtValidationException.class)
			.hasMessage("An error occurred while attempting to decode the Jwt: The session of this token has ended");
		this.sessionOpen.set(true);
		this.clock.advance(Duration.ofMinutes(20));
		assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aForgedTokenIsRefusedAtEveryCallAndNeverRemembered() {
		String forged = token(new SecretKeySpec("another key of thirty-two bytes!".getBytes(), "HmacSHA256"),
				"infotools");
		assertThatThrownBy(() -> this.decoder.decode(forged)).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> this.decoder.decode(forged)).isInstanceOf(BadJwtException.class);
		assertThat(this.signatureChecks).hasValue(2);
		assertThat(this.decoder.size()).isZero();
		String good = token(this.key, "infotools");
		String tampered = good.substring(0, good.length() - 2) + (good.endsWith("A") ? "BB" : "AA");
		assertThatThrownBy(() -> this.decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
	}

	@Test
	void anotherIssuerIsRefusedThoughTheSignatureHolds() {
		String token = token(this.key, "elsewhere");
		assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOf(JwtValidationException.class);
	}

	@Test
	void theNumberOfRememberedTokensIsBounded() {
		VerifiedTokenDecoder small = decoder(10);
		for (int i = 0; i < 50; i++) {
			small.decode(token(this.key, "infotools", "rep" + i));
		}
		assertThat(small.size()).isLessThanOrEqualTo(10);
	}

	private VerifiedTokenDecoder decoder(long capacity) {
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(this.key).macAlgorithm(MacAlgorithm.HS256).build();
		nimbus.setJwtValidator((jwt) -> OAuth2TokenValidatorResult.success());
		JwtDecoder counting = (token) -> {
			this.signatureChecks.incrementAndGet();
			return nimbus.decode(token);
		};
		JwtTimestampValidator expiry = new JwtTimestampValidator();
		expiry.setClock(this.clock);
		return new VerifiedTokenDecoder(counting,
				new DelegatingOAuth2TokenValidator<Jwt>(expiry, new JwtIssuerValidator("infotools"),
						(jwt) -> this.sessionOpen.get() ? OAuth2TokenValidatorResult.success()
								: OAuth2TokenValidatorResult.failure(
										new OAuth2Error("invalid_token", "The session of this token has ended", null))),
				Duration.ofMinutes(15), capacity);
	}

	private static String token(SecretKey key, String issuer) {
		return token(key, issuer, "jdupont");
	}

	private static String token(SecretKey key, String issuer, String subject) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(subject)
			.issuedAt(ISSUED)
			.expiresAt(ISSUED.plus(Duration.ofMinutes(15)))
			.build();
		return NimbusJwtEncoder.withSecretKey(key)
			.algorithm(MacAlgorithm.HS256)
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
