package fr.infotools.desktop.api.model;

/** The answer to a login or a refresh. */
public record Tokens(String tokenType, String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn,
		TokenUser user) {

	/** Who logged in. */
	public record TokenUser(Long id, String username, String displayName, Role role) {
	}

}
