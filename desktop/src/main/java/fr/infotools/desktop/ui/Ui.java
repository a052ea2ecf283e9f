package fr.infotools.desktop.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Small builders the views share. */
public final class Ui {

	private Ui() {
	}

	public static Button button(String text, String id, Runnable action) {
		Button button = new Button(text);
		button.setId(id);
		button.setMinWidth(Region.USE_PREF_SIZE);
		button.setOnAction((event) -> action.run());
		return button;
	}

	/** A line that shows the view-model's last error (red) or information (green). */
	public static VBox messages(ViewModel model) {
		Label error = new Label();
		error.getStyleClass().add("error-banner");
		error.setWrapText(true);
		error.setMaxWidth(Double.MAX_VALUE);
		error.textProperty().bind(model.errorProperty());
		error.visibleProperty().bind(model.errorProperty().isNotEmpty());
		error.managedProperty().bind(error.visibleProperty());
		Label info = new Label();
		info.getStyleClass().add("info-banner");
		info.setWrapText(true);
		info.setMaxWidth(Double.MAX_VALUE);
		info.textProperty().bind(model.infoProperty());
		info.visibleProperty().bind(model.infoProperty().isNotEmpty().and(model.errorProperty().isEmpty()));
		info.managedProperty().bind(info.visibleProperty());
		VBox box = new VBox(4, error, info);
		return box;
	}

	/** A spinning indicator shown while the view-model waits for the server. */
	public static ProgressIndicator busy(ViewModel model) {
		ProgressIndicator indicator = new ProgressIndicator();
		indicator.setMaxSize(22, 22);
		indicator.setPrefSize(22, 22);
		indicator.visibleProperty().bind(model.busyProperty());
		indicator.managedProperty().bind(indicator.visibleProperty());
		return indicator;
	}

	public static Region spacer() {
		Region region = new Region();
		HBox.setHgrow(region, Priority.ALWAYS);
		return region;
	}

	private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

	/**
	 * Outlines {@code node} in red while the view-model has an error for {@code field}
	 * (the listener lives as long as the view-model's map: it is never collected early).
	 */
	public static void markInvalid(ViewModel model, String field, Node node) {
		model.fieldErrors()
			.addListener((MapChangeListener<String, String>) (change) -> node.pseudoClassStateChanged(INVALID,
					model.fieldErrors().containsKey(field)));
	}

	/**
	 * A bar of filters or buttons that wraps onto a second line when the window is
	 * narrow.
	 */
	public static FlowPane bar(Node... nodes) {
		FlowPane pane = new FlowPane(8, 6, nodes);
		pane.setAlignment(Pos.CENTER_LEFT);
		return pane;
	}

	/** A date field that reads and writes dates the way the interface's language does. */
	public static DatePicker datePicker(String id, Formats formats) {
		DatePicker picker = new DatePicker();
		picker.setId(id);
		picker.setPrefWidth(130);
		DateTimeFormatter pattern = DateTimeFormatter.ofPattern("dd/MM/yyyy", formats.locale());
		picker.setConverter(new StringConverter<>() {
			@Override
			public String toString(LocalDate date) {
				return (date == null) ? "" : pattern.format(date);
			}

			@Override
			public LocalDate fromString(String text) {
				if (text == null || text.isBlank()) {
					return null;
				}
				try {
					return LocalDate.parse(text.strip(), pattern);
				}
				catch (DateTimeParseException ex) {
					return picker.getValue();
				}
			}
		});
		return picker;
	}

	public static HBox row(Node... nodes) {
		HBox box = new HBox(8, nodes);
		box.setAlignment(Pos.CENTER_LEFT);
		return box;
	}

	public static Label title(String text) {
		Label label = new Label(text);
		label.getStyleClass().add("screen-title");
		return label;
	}

	public static Label section(String text) {
		Label label = new Label(text);
		label.getStyleClass().add("section-title");
		return label;
	}

	public static VBox card(Node... nodes) {
		VBox box = new VBox(8, nodes);
		box.getStyleClass().add("card");
		box.setPadding(new Insets(12));
		return box;
	}

	public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
		TableColumn<S, T> column = new TableColumn<>(title);
		column.setCellValueFactory((cell) -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
		column.setPrefWidth(width);
		return column;
	}

	/** A right-aligned column (amounts, quantities). */
	public static <S, T> TableColumn<S, T> numberColumn(String title, Function<S, T> value, double width) {
		TableColumn<S, T> column = column(title, value, width);
		column.getStyleClass().add("number");
		return column;
	}

	public static <S> TableView<S> table(String id) {
		TableView<S> table = new TableView<>();
		table.setId(id);
		table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
		VBox.setVgrow(table, Priority.ALWAYS);
		return table;
	}

	/** Shows objects in a combo box with a text of their own; null shows {@code none}. */
	public static <T> void display(ComboBox<T> box, Function<T, String> text, String none) {
		StringConverter<T> converter = new StringConverter<>() {
			@Override
			public String toString(T value) {
				return (value == null) ? none : text.apply(value);
			}

			@Override
			public T fromString(String string) {
				return null;
			}
		};
		box.setConverter(converter);
		box.setCellFactory((list) -> new ListCell<>() {
			@Override
			protected void updateItem(T item, boolean empty) {
				super.updateItem(item, empty);
				setText(empty ? null : converter.toString(item));
			}
		});
		box.setButtonCell(box.getCellFactory().call(null));
	}

	/** The pager under a list: previous, "page 2 / 5 (88)", next. */
	public static HBox pager(Paging paging, I18n i18n, String idPrefix, Runnable previous, Runnable next) {
		Button back = button("◀", idPrefix + "-previous", previous);
		back.disableProperty().bind(paging.hasPrevious().not());
		Button forward = button("▶", idPrefix + "-next", next);
		forward.disableProperty().bind(paging.hasNext().not());
		Label where = new Label();
		where.setId(idPrefix + "-page");
		where.textProperty()
			.bind(Bindings.createStringBinding(
					() -> i18n.get("pager.position", paging.page() + 1, Math.max(1, paging.totalPagesProperty().get()),
							paging.totalItemsProperty().get()),
					paging.pageProperty(), paging.totalPagesProperty(), paging.totalItemsProperty()));
		return row(back, where, forward);
	}

	/** Asks a yes/no question; true for yes. */
	public static boolean confirm(Window owner, I18n i18n, String question) {
		ButtonType yes = new ButtonType(i18n.get("confirm.yes"), ButtonBar.ButtonData.YES);
		ButtonType no = new ButtonType(i18n.get("confirm.no"), ButtonBar.ButtonData.NO);
		Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
		alert.initOwner(owner);
		alert.setTitle(i18n.get("confirm.title"));
		alert.setHeaderText(null);
		alert.getDialogPane().lookupButton(yes).setId("confirm-yes");
		alert.getDialogPane().lookupButton(no).setId("confirm-no");
		return alert.showAndWait().filter(yes::equals).isPresent();
	}

	public static <T> ObservableValue<T> constant(T value) {
		return new ReadOnlyObjectWrapper<>(value);
	}

}
