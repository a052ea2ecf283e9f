package fr.infotools.identity.token;

import java.time.Instant;

import fr.infotools.identity.CurrentUser;

/**
 * What a client receives at login and at each refresh.
 */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
		Instant refreshTokenExpiresAt, CurrentUser user) {

}
