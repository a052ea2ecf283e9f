package fr.infotools.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.prefs.Preferences;

import fr.infotools.desktop.shell.AppWindow;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.Settings;
import javafx.application.Application;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The JavaFX application: one window, settings kept in the user's preferences. */
public class DesktopApp extends Application {

	private AppWindow window;

	@Override
	public void start(Stage stage) {
		Settings settings = Settings.preferences(Preferences.userNodeForPackage(DesktopApp.class));
		String server = getParameters().getNamed().get("server");
		if (server != null && !server.isBlank()) {
			settings.setServerAddress(server);
		}
		this.window = new AppWindow(stage, settings, new SystemHostActions(this), Clock.systemUTC());
		this.window.showLogin();
		stage.show();
	}

	@Override
	public void stop() {
		if (this.window != null) {
			this.window.shutdown();
		}
	}

	/** Native file dialogs; files opened with the system's program. */
	static final class SystemHostActions implements HostActions {

		private final Application application;

		SystemHostActions(Application application) {
			this.application = application;
		}

		@Override
		public Optional<Path> chooseSaveFile(Window owner, String title, String fileName, String description,
				String extension) {
			FileChooser chooser = new FileChooser();
			chooser.setTitle(title);
			chooser.setInitialFileName(fileName);
			chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
			return Optional.ofNullable(chooser.showSaveDialog(owner)).map((file) -> file.toPath());
		}

		@Override
		public void open(Path file) {
			this.application.getHostServices().showDocument(file.toUri().toString());
		}

	}

}
