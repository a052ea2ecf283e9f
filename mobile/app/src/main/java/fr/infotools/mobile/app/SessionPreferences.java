package fr.infotools.mobile.app;

import android.content.Context;
import android.content.SharedPreferences;

import fr.infotools.mobile.api.TokenStore;
import fr.infotools.mobile.api.Tokens;

/**
 * The server address, the account and the tokens, in the app's private preferences: only
 * this app can read them, and they are excluded from backups and device transfers
 * ({@code res/xml/data_extraction_rules.xml}).
 */
final class SessionPreferences implements TokenStore {

	private static final String FILE = "session";

	private final SharedPreferences preferences;

	SessionPreferences(Context context) {
		this.preferences = context.getSharedPreferences(FILE, Context.MODE_PRIVATE);
	}

	String server() {
		return this.preferences.getString("server", null);
	}

	String username() {
		return this.preferences.getString("username", null);
	}

	void remember(String server, String username) {
		this.preferences.edit().putString("server", server).putString("username", username).apply();
	}

	boolean exactAlarmExplained() {
		return this.preferences.getBoolean("exactAlarmExplained", false);
	}

	void markExactAlarmExplained() {
		this.preferences.edit().putBoolean("exactAlarmExplained", true).apply();
	}

	@Override
	public synchronized Tokens load() {
		String access = this.preferences.getString("accessToken", null);
		String refresh = this.preferences.getString("refreshToken", null);
		return (access != null && refresh != null) ? new Tokens(access, refresh) : null;
	}

	@Override
	public synchronized void save(Tokens tokens) {
		// commit, not apply: a renewed refresh token must be on disk before it is relied
		// on
		this.preferences.edit()
			.putString("accessToken", tokens.accessToken())
			.putString("refreshToken", tokens.refreshToken())
			.commit();
	}

	@Override
	public synchronized void clear() {
		this.preferences.edit().remove("accessToken").remove("refreshToken").commit();
	}

}
