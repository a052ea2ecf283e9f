package fr.infotools.desktop.shell;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.Tokens;
import fr.infotools.desktop.login.LoginView;
import fr.infotools.desktop.login.LoginViewModel;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.FxTaskRunner;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Settings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The application's window: the login first, then the main view; back to the login on
 * logout.
 */
public class AppWindow {

	private final Stage stage;

	private final Settings settings;

	private final HostActions host;

	private final Clock clock;

	private final ApiClient client;

	private final FxTaskRunner runner = new FxTaskRunner();

	private Scene scene;

	private MainView main;

	public AppWindow(Stage stage, Settings settings, HostActions host, Clock clock) {
		this.stage = stage;
		this.settings = settings;
		this.host = host;
		this.clock = clock;
		this.client = new ApiClient(clock);
	}

	private Context context() {
		I18n i18n = new I18n(this.settings.language());
		// date pickers and charts follow the interface's language, not the system's
		Locale.setDefault(Locale.Category.FORMAT, i18n.locale().getLanguage().equals("fr") ? Locale.FRANCE : Locale.UK);
		return Context.of(Backend.over(this.client), this.runner, i18n, this.clock);
	}

	public void showLogin() {
		this.main = null;
		Context context = context();
		this.stage.setTitle(context.i18n().get("app.title"));
		LoginViewModel model = new LoginViewModel(context, this.client, this.settings);
		LoginView view = new LoginView(model, context.i18n(), this::showMain, this::showLogin);
		setRoot(view);
		view.focus(model);
	}

	public void showMain(Tokens.TokenUser user) {
		Context context = context();
		this.main = new MainView(context, this.runner, this.client, this.settings, this.host, user, () -> {
			this.runner.run(() -> {
				this.client.logout();
				return null;
			}, (nothing) -> showLogin(), (failure) -> showLogin());
		});
		setRoot(this.main);
	}

	/** The main view, once logged in (for tests). */
	public MainView main() {
		return this.main;
	}

	public ApiClient client() {
		return this.client;
	}

	private void setRoot(Parent root) {
		if (this.scene == null) {
			this.scene = new Scene(root, 1280, 800);
			this.scene.getStylesheets()
				.add(Objects.requireNonNull(AppWindow.class.getResource("/fr/infotools/desktop/infotools.css"))
					.toExternalForm());
			this.stage.setScene(this.scene);
			this.stage.setMinWidth(1024);
			this.stage.setMinHeight(680);
		}
		else {
			this.scene.setRoot(root);
		}
	}

	public void shutdown() {
		this.runner.shutdown();
	}

}
