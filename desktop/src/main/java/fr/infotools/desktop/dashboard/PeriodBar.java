package fr.infotools.desktop.dashboard;

import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The period of the figures: two dates, a few usual periods, and "Actualiser". */
public class PeriodBar extends HBox {

	public PeriodBar(DashboardViewModel model, I18n i18n, String idPrefix) {
		super(8);
		Formats formats = new Formats(i18n.locale());
		setAlignment(javafx.geometry.Pos.CENTER_LEFT);
		DatePicker from = Ui.datePicker(idPrefix + "-from", formats);
		from.valueProperty().bindBidirectional(model.fromProperty());
		from.setPrefWidth(130);
		DatePicker to = Ui.datePicker(idPrefix + "-to", formats);
		to.valueProperty().bindBidirectional(model.toProperty());
		to.setPrefWidth(130);
		Ui.markInvalid(model, "to", to);
		Ui.markInvalid(model, "from", from);
		getChildren().addAll(new Label(i18n.get("period.from")), from, new Label(i18n.get("period.to")), to,
				Ui.button(i18n.get("action.refresh"), idPrefix + "-refresh", model::load),
				Ui.button(i18n.get("period.month"), idPrefix + "-month", () -> {
					model.thisMonth();
					model.load();
				}), Ui.button(i18n.get("period.year"), idPrefix + "-year", () -> {
					model.thisYear();
					model.load();
				}), Ui.button(i18n.get("period.lastYear"), idPrefix + "-last-year", () -> {
					model.lastYear();
					model.load();
				}), Ui.button(i18n.get("period.twelveMonths"), idPrefix + "-twelve", () -> {
					model.lastTwelveMonths();
					model.load();
				}), Ui.busy(model));
	}

}
