package fr.infotools.mobile.api;

/**
 * The rep's session is over (logged out elsewhere, refresh token expired or replayed, or
 * never logged in): the rep must log in again. Queued changes are kept for then.
 */
public class SessionEndedException extends ApiException {

	private static final long serialVersionUID = 1L;

	public SessionEndedException(Problem problem) {
		super(problem);
	}

}
