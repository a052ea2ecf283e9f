package fr.infotools.identity.token;

/**
 * Names of the InfoTools claims in an access token.
 */
final class JwtClaims {

	static final String USER_ID = "uid";

	static final String NAME = "name";

	static final String ROLE = "role";

	static final String SESSION = "sid";

	private JwtClaims() {
	}

}
