package fr.infotools.desktop.ui;

import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The field of a {@link Lookup}: type the start of a name, pick among the matches the
 * server found (searched a moment after the last key).
 */
public class LookupField<T> extends HBox {

	private final TextField query = new TextField();

	private final ComboBox<T> choice = new ComboBox<>();

	public LookupField(Lookup<T> lookup, String id, String prompt, Function<T, String> text, String none) {
		super(6);
		this.query.setId(id + "-query");
		this.query.setPromptText(prompt);
		this.query.setPrefColumnCount(8);
		this.query.textProperty().bindBidirectional(lookup.queryProperty());
		PauseTransition typing = new PauseTransition(Duration.millis(300));
		typing.setOnFinished((event) -> lookup.search());
		this.query.textProperty().addListener((observable, before, now) -> typing.playFromStart());
		this.choice.setId(id);
		this.choice.setItems(lookup.matches());
		Ui.display(this.choice, text, none);
		this.choice.valueProperty().bindBidirectional(lookup.selectedProperty());
		this.choice.setMaxWidth(Double.MAX_VALUE);
		HBox.setHgrow(this.choice, Priority.ALWAYS);
		getChildren().addAll(this.query, this.choice);
	}

	public ComboBox<T> choice() {
		return this.choice;
	}

}
