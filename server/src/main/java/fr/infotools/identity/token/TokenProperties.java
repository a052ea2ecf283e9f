package fr.infotools.identity.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens: a short-lived signed access token and a rotating refresh token.
 *
 * @param secret base64 HMAC key of at least 32 bytes, the same on every instance; when
 * empty a random key is made at start-up (fine for one embedded instance: clients then
 * refresh after a restart)
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token (each use gives a new one)
 * @param sessionMaxAge how long a login lasts at most, however often it is refreshed
 * @param sessionCheckCache how long an instance trusts that a token's session is still
 * open before asking the database again: a session ended on this instance stops its
 * tokens at once, one ended on another instance within this delay; 0 asks at every
 * request
 */
@ConfigurationProperties("infotools.security.tokens")
public record TokenProperties(String secret, @DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("14d") Duration refreshTokenTtl, @DefaultValue("30d") Duration sessionMaxAge,
		@DefaultValue("5s") Duration sessionCheckCache) {

}
