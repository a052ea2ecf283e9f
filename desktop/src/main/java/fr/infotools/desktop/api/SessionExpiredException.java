package fr.infotools.desktop.api;

/**
 * The session is over (refresh token expired or revoked, logged out elsewhere): the user
 * has to log in again. The screens keep what was typed; the call can be retried after the
 * new login.
 */
public class SessionExpiredException extends RuntimeException {

	public SessionExpiredException() {
		super("The session has ended: log in again");
	}

}
