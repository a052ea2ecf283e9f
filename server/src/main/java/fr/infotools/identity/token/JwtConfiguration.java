package fr.infotools.identity.token;

import javax.crypto.SecretKey;

import fr.infotools.identity.CrmAuthentication;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Signing and checking of access tokens (HS256 with the configured secret).
 */
@Configuration(proxyBeanMethods = false)
public class JwtConfiguration {

	@Bean
	SecretKey tokenSigningKey(TokenProperties properties) {
		return TokenKeys.signingKey(properties.secret());
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
		return NimbusJwtEncoder.withSecretKey(tokenSigningKey).algorithm(MacAlgorithm.HS256).build();
	}

	/** The most access tokens whose signature is remembered as checked. */
	static final long VERIFIED_TOKENS = 5_000;

	@Bean
	JwtDecoder jwtDecoder(SecretKey tokenSigningKey, @Lazy TokenService tokens, TokenProperties properties) {
		NimbusJwtDecoder signatureCheck = NimbusJwtDecoder.withSecretKey(tokenSigningKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		signatureCheck.setJwtValidator((jwt) -> OAuth2TokenValidatorResult.success());
		OAuth2TokenValidator<Jwt> sessionStillOpen = (
				jwt) -> tokens.isSessionActive(jwt.getClaimAsString(JwtClaims.SESSION))
						? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult
							.failure(new OAuth2Error("invalid_token", "The session of this token has ended", null));
		return new VerifiedTokenDecoder(signatureCheck,
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TokenService.ISSUER),
						sessionStillOpen),
				properties.accessTokenTtl(), VERIFIED_TOKENS);
	}

	/**
	 * Reads the bearer token of the {@code Authorization} header as Spring Security's
	 * resolver does, without its regular expression for well-formed headers.
	 */
	@Bean
	BearerTokenResolver bearerTokenResolver() {
		return new BearerHeaderResolver();
	}

	/** Turns a checked access token into the same authentication a form login gives. */
	@Bean
	public Converter<Jwt, AbstractAuthenticationToken> jwtAuthenticationConverter() {
		return (jwt) -> new CrmAuthentication(
				new CurrentUser(((Number) jwt.getClaim(JwtClaims.USER_ID)).longValue(), jwt.getSubject(),
						jwt.getClaimAsString(JwtClaims.NAME), Role.valueOf(jwt.getClaimAsString(JwtClaims.ROLE))),
				jwt.getClaimAsString(JwtClaims.SESSION));
	}

}
