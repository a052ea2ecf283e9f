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
	OWNED_BY_MANAGERS

}
