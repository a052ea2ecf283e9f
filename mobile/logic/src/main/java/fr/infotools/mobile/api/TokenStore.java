package fr.infotools.mobile.api;

/**
 * Where the tokens are kept between launches: the app's private storage on the phone.
 */
public interface TokenStore {

	/** The tokens, or null when logged out. */
	Tokens load();

	void save(Tokens tokens);

	void clear();

}
