package fr.infotools.desktop.shell;

import javafx.scene.Node;

/** One screen of the main window. */
public interface Screen {

	/** The screen's node, kept while the window lives (what was typed stays). */
	Node view();

	/** Called each time the screen is shown: it refreshes its lists, never its forms. */
	void shown();

}
