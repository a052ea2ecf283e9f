package fr.infotools.desktop.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * What the application asks of the operating system: where to save a file, and opening a
 * file with its usual program. Tests replace it so that no native dialog opens.
 */
public interface HostActions {

	/** Asks where to save; empty when the user cancels. */
	Optional<Path> chooseSaveFile(Window owner, String title, String fileName, String description, String extension);

	/** Opens a file (a PDF, a CSV) with the program the system associates with it. */
	void open(Path file);

}
