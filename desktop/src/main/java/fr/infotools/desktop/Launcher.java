package fr.infotools.desktop;

import javafx.application.Application;

/**
 * Starts the application from a plain class path (a main class that does not extend
 * {@link Application}, so that the JavaFX jars need not be on the module path). Options:
 * {@code --server=http://host:8080} sets the server's address.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		Application.launch(DesktopApp.class, args);
	}

}
