package fr.infotools.identity.token;

/**
 * The refresh token is unknown, expired, revoked, or was already used (which revokes its
 * whole session).
 */
public class InvalidRefreshTokenException extends RuntimeException {

	public InvalidRefreshTokenException(String reason) {
		super(reason);
	}

}
