package fr.infotools.mobile.api;

/**
 * The tokens of a login: a short-lived access token, and the refresh token that is used
 * once to get the next pair.
 */
public record Tokens(String accessToken, String refreshToken) {

	@Override
	public String toString() {
		return "Tokens[***]";
	}

}
