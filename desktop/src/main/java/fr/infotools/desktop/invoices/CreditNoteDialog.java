package fr.infotools.desktop.invoices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.ui.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks which quantities of each line to credit; all of them at the start (a full credit
 * note).
 */
final class CreditNoteDialog {

	private CreditNoteDialog() {
	}

	/** The quantities by line number; empty when cancelled. */
	static Optional<Map<Integer, Integer>> ask(Window owner, I18n i18n, Invoice invoice) {
		Dialog<Map<Integer, Integer>> dialog = new Dialog<>();
		dialog.initOwner(owner);
		dialog.setTitle(i18n.get("credit.title", invoice.number()));
		dialog.setHeaderText(i18n.get("credit.header"));
		GridPane grid = new GridPane();
		grid.setHgap(10);
		grid.setVgap(6);
		grid.add(new Label(i18n.get("invoice.line.description")), 0, 0);
		grid.add(new Label(i18n.get("credit.left")), 1, 0);
		grid.add(new Label(i18n.get("credit.quantity")), 2, 0);
		Map<Integer, Spinner<Integer>> spinners = new LinkedHashMap<>();
		int row = 1;
		for (Invoice.Line line : invoice.lines()) {
			int left = line.creditable();
			if (left <= 0) {
				continue;
			}
			Spinner<Integer> spinner = new Spinner<>(0, left, left);
			spinner.setId("credit-line-" + line.lineNo());
			spinner.setEditable(true);
			spinner.setPrefWidth(90);
			spinners.put(line.lineNo(), spinner);
			grid.add(new Label(line.description()), 0, row);
			grid.add(new Label(String.valueOf(left)), 1, row);
			grid.add(spinner, 2, row);
			row++;
		}
		dialog.getDialogPane().setContent(grid);
		ButtonType create = new ButtonType(i18n.get("credit.create"), ButtonBar.ButtonData.OK_DONE);
		dialog.getDialogPane()
			.getButtonTypes()
			.addAll(create, new ButtonType(i18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
		dialog.getDialogPane().lookupButton(create).setId("credit-create");
		dialog.setResultConverter((button) -> {
			if (button != create) {
				return null;
			}
			Map<Integer, Integer> quantities = new LinkedHashMap<>();
			boolean everything = true;
			for (Invoice.Line line : invoice.lines()) {
				Spinner<Integer> spinner = spinners.get(line.lineNo());
				if (spinner != null) {
					quantities.put(line.lineNo(), spinner.getValue());
					everything &= spinner.getValue() == line.creditable();
				}
			}
			return everything ? Map.of() : quantities;
		});
		return dialog.showAndWait();
	}

}
