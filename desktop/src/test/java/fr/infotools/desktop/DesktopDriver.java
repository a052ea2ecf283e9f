package fr.infotools.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import fr.infotools.desktop.shell.AppWindow;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.Settings;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the application's real window in tests: the window against the test server,
 * files saved where the test says instead of a native dialog, and a few waits.
 */
public class DesktopDriver {

	/** Long enough for a first call on a cold server on two busy cores. */
	static final int TIMEOUT_SECONDS = 30;

	final FxRobot robot;

	AppWindow window;

	Path nextSaveTarget;

	/** What to do when a wait fails (the screenshot tour saves the screen). */
	Runnable onTimeout = () -> {
	};

	final List<Path> opened = new ArrayList<>();

	DesktopDriver(FxRobot robot) {
		this.robot = robot;
	}

	/** Builds the window on the stage TestFX gives (called from {@code @Start}). */
	void start(Stage stage) {
		Settings settings = Settings.inMemory(TestServer.url());
		this.window = new AppWindow(stage, settings, new HostActions() {
			@Override
			public Optional<Path> chooseSaveFile(Window owner, String title, String fileName, String description,
					String extension) {
				return Optional.ofNullable(DesktopDriver.this.nextSaveTarget);
			}

			@Override
			public void open(Path file) {
				DesktopDriver.this.opened.add(file);
			}
		}, Clock.systemUTC());
		this.window.showLogin();
		stage.show();
	}

	void stop() {
		if (this.window != null) {
			this.window.shutdown();
		}
	}

	void write(String query, String text) {
		TextInputControl field = this.robot.lookup(query).queryAs(TextInputControl.class);
		this.robot.interact(() -> field.setText(text));
	}

	void type(String query, String text) {
		this.robot.clickOn(query);
		TextInputControl field = this.robot.lookup(query).queryAs(TextInputControl.class);
		this.robot.interact(() -> field.clear());
		this.robot.write(text);
	}

	/** Scrolls the screen so that the node shows, then clicks it (as a user would). */
	void press(String query) {
		reveal(query);
		this.robot.clickOn(query);
	}

	/** Scrolls the screen so that the node shows. */
	void reveal(String query) {
		Node node = this.robot.lookup(query).query();
		this.robot.interact(() -> {
			for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof javafx.scene.control.ScrollPane scroller) {
					Node content = scroller.getContent();
					double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
					double room = content.getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
					if (room > 0) {
						scroller.setVvalue(Math.min(1, Math.max(0, (y - 40) / room)));
					}
					break;
				}
			}
		});
		WaitForAsyncUtils.waitForFxEvents();
	}

	void logIn(String username, String password) {
		write("#username", username);
		write("#password", password);
		this.robot.clickOn("#login");
	}

	void logInAsManager() {
		logIn("mmartin", "InfoTools2026!");
		waitUntil(() -> this.window.main() != null && this.robot.lookup("#nav-dashboard").tryQuery().isPresent());
	}

	void open(String screen) {
		this.robot.clickOn("#nav-" + screen);
		WaitForAsyncUtils.waitForFxEvents();
	}

	String text(String query) {
		// a part the screen rebuilds after an answer may not be in the scene yet
		waitUntil(() -> this.robot.lookup(query).tryQuery().isPresent());
		Node node = this.robot.lookup(query).query();
		if (node instanceof Labeled labeled) {
			return labeled.getText();
		}
		if (node instanceof TextInputControl input) {
			return input.getText();
		}
		throw new IllegalArgumentException(query + " has no text");
	}

	boolean visible(String query) {
		return this.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
	}

	void waitUntil(Supplier<Boolean> condition) {
		try {
			WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
				WaitForAsyncUtils.waitForFxEvents();
				return condition.get();
			});
		}
		catch (java.util.concurrent.TimeoutException ex) {
			this.onTimeout.run();
			String errors = this.robot.lookup(".error-banner")
				.queryAllAs(Labeled.class)
				.stream()
				.filter(Node::isVisible)
				.map(Labeled::getText)
				.collect(java.util.stream.Collectors.joining(" | "));
			throw new AssertionError("Waited " + TIMEOUT_SECONDS + " s in vain; errors shown: " + errors, ex);
		}
	}

}
