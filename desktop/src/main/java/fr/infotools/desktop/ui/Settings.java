package fr.infotools.desktop.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the application remembers between runs: the server's address, the last account and
 * the language.
 */
public interface Settings {

	String DEFAULT_SERVER = "http://localhost:8080";

	String serverAddress();

	void setServerAddress(String address);

	String username();

	void setUsername(String username);

	Locale language();

	void setLanguage(Locale language);

	/** Settings kept with {@link java.util.prefs.Preferences} for the user. */
	static Settings preferences(Preferences node) {
		return new Settings() {
			@Override
			public String serverAddress() {
				return node.get("serverAddress", DEFAULT_SERVER);
			}

			@Override
			public void setServerAddress(String address) {
				node.put("serverAddress", address);
			}

			@Override
			public String username() {
				return node.get("username", "");
			}

			@Override
			public void setUsername(String username) {
				node.put("username", username);
			}

			@Override
			public Locale language() {
				return Locale.forLanguageTag(node.get("language", "fr"));
			}

			@Override
			public void setLanguage(Locale language) {
				node.put("language", language.toLanguageTag());
			}
		};
	}

	/** Settings kept in memory only: for tests. */
	static Settings inMemory(String serverAddress) {
		return new Settings() {
			private String server = serverAddress;

			private String user = "";

			private Locale locale = Locale.FRENCH;

			@Override
			public String serverAddress() {
				return this.server;
			}

			@Override
			public void setServerAddress(String address) {
				this.server = address;
			}

			@Override
			public String username() {
				return this.user;
			}

			@Override
			public void setUsername(String username) {
				this.user = username;
			}

			@Override
			public Locale language() {
				return this.locale;
			}

			@Override
			public void setLanguage(Locale language) {
				this.locale = language;
			}
		};
	}

}
