package fr.infotools.security;

/**
 * Who may call a route, and what everyone else gets.
 */
enum Access {

	/** Anyone, logged in or not (the public site, login). */
	PUBLIC,

	/** Any logged-in CRM user; nobody's private record is involved. */
	USER,

	/** Managers only: sales reps get 403. */
	MANAGER,

	/**
	 * A record that belongs to a sales rep: the owner and managers reach it, another rep
	 * gets 404.
	 */
	OWNED,

	/**
	 * A change on a rep's record that only managers may make: reps, the owner included,
	 * get 403.
	 */
	OWNED_BY_MANAGERS,

	/**
	 * An extranet page of any sales rep (session and CSRF token): managers get the
	 * refusal page (403), nobody is sent to the login form.
	 */
	REP_PAGE,

	/**
	 * An extranet page about a rep's record: the owner reaches it, another rep gets the
	 * 404 page, managers the refusal page, nobody the login form.
	 */
	REP_OWNED_PAGE,

	/**
	 * The page that tells a logged-in user who is not a sales rep where to go: a rep is
	 * sent on to the extranet, a manager gets it (403).
	 */
	REFUSAL_PAGE;

	boolean isPage() {
		return this == REP_PAGE || this == REP_OWNED_PAGE || this == REFUSAL_PAGE;
	}

}
