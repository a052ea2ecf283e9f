package fr.infotools.desktop.login;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.ApiException;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.Tokens;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Settings;
import fr.infotools.desktop.ui.ViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Logs a manager in. The server's address, the account and the language are remembered; a
 * sales rep, or an account in no CRM group, is told plainly why they cannot get in.
 */
public class LoginViewModel extends ViewModel {

	private final ApiClient client;

	private final Settings settings;

	private final StringProperty server = new SimpleStringProperty(this, "server");

	private final StringProperty username = new SimpleStringProperty(this, "username");

	private final StringProperty password = new SimpleStringProperty(this, "password", "");

	private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");

	private final BooleanProperty again = new SimpleBooleanProperty(this, "again");

	public LoginViewModel(Context context, ApiClient client, Settings settings) {
		super(context);
		this.client = client;
		this.settings = settings;
		this.server.set(settings.serverAddress());
		this.username.set(settings.username());
		this.language.set(context.i18n().locale());
	}

	public StringProperty serverProperty() {
		return this.server;
	}

	public StringProperty usernameProperty() {
		return this.username;
	}

	public StringProperty passwordProperty() {
		return this.password;
	}

	public ObjectProperty<Locale> languageProperty() {
		return this.language;
	}

	/** True when the session was lost and the user logs in again over their screen. */
	public BooleanProperty againProperty() {
		return this.again;
	}

	/** Remembers the chosen language (the window is then rebuilt in it). */
	public void rememberLanguage() {
		this.settings.setLanguage(this.language.get());
	}

	/** Logs in; {@code onManager} runs with the user when a manager got in. */
	public void login(Consumer<Tokens.TokenUser> onManager) {
		clearErrors();
		boolean filled = required("server", this.server.get()) & required("username", this.username.get())
				& required("password", this.password.get());
		if (!filled) {
			return;
		}
		URI address;
		try {
			address = ApiClient.parseServer(this.server.get());
		}
		catch (ApiClient.InsecureAddressException ex) {
			rejectField("server", i18n().get("login.insecureAddress"));
			return;
		}
		catch (IllegalArgumentException ex) {
			rejectField("server", i18n().get("login.badAddress"));
			return;
		}
		String account = this.username.get().strip();
		String secret = this.password.get();
		this.settings.setServerAddress(this.server.get().strip());
		this.settings.setUsername(account);
		this.client.setServer(address);
		this.client.setLocale(i18n().locale());
		call(() -> {
			Tokens tokens = this.client.login(account, secret);
			if (tokens.user().role() != Role.MANAGER) {
				this.client.logout();
				throw new NotAManagerException();
			}
			return tokens.user();
		}, (user) -> {
			this.password.set("");
			onManager.accept(user);
		}, (failure) -> {
			if (failure instanceof NotAManagerException) {
				fail(i18n().get("login.notManager"));
				return true;
			}
			if (failure instanceof ApiException problem && problem.status() == 401) {
				fail(i18n().get("login.badCredentials"));
				return true;
			}
			return false;
		});
	}

	/** A sales rep (or anyone but a manager) logged in. */
	static final class NotAManagerException extends RuntimeException {

		NotAManagerException() {
			super("Not a manager");
		}

	}

}
