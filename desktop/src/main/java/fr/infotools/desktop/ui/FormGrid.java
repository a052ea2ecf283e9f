package fr.infotools.desktop.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A form: a label and a field per row, and under each field the message of the server (or
 * of the form's own check) when that field is in error. The field keeps what was typed.
 */
public final class FormGrid extends GridPane {

	private final ViewModel model;

	private int rows;

	public FormGrid(ViewModel model) {
		this.model = model;
		setHgap(8);
		setVgap(4);
		getStyleClass().add("form");
		ColumnConstraints labels = new ColumnConstraints();
		labels.setMinWidth(110);
		labels.setHalignment(HPos.RIGHT);
		ColumnConstraints fields = new ColumnConstraints();
		fields.setHgrow(Priority.ALWAYS);
		fields.setFillWidth(true);
		getColumnConstraints().addAll(labels, fields);
	}

	/**
	 * Adds a row for the server's field {@code field}.
	 * @return the control, for chaining
	 */
	public <C extends Region> C add(String field, String label, C control) {
		Label caption = new Label(label);
		caption.setLabelFor(control);
		control.setMaxWidth(Double.MAX_VALUE);
		Label error = new Label();
		error.setId("error-" + control.getId());
		error.getStyleClass().add("field-error");
		error.setWrapText(true);
		error.textProperty().bind(Bindings.valueAt(this.model.fieldErrors(), field));
		error.visibleProperty().bind(error.textProperty().isNotEmpty());
		error.managedProperty().bind(error.visibleProperty());
		Ui.markInvalid(this.model, field, control);
		add(caption, 0, this.rows);
		add(new VBox(2, control, error), 1, this.rows);
		this.rows++;
		return control;
	}

	/** Adds a row without a server field (buttons, read-only figures). */
	public void addRow(String label, Node node) {
		add(new Label(label), 0, this.rows);
		add(node, 1, this.rows);
		this.rows++;
	}

}
