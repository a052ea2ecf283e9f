package fr.infotools.desktop.appointments;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.api.model.Appointment;
import fr.infotools.desktop.api.model.AppointmentStatus;
import fr.infotools.desktop.api.model.Contact;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.FormGrid;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.LookupField;
import fr.infotools.desktop.ui.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Rendez-vous: the agenda (a column per day) and the form of an appointment. */
public class AppointmentsView extends BorderPane implements Screen {

	private final AppointmentsViewModel model;

	private final I18n i18n;

	private final Formats formats;

	private final HBox agenda = new HBox(6);

	private final Label period = new Label();

	private boolean started;

	public AppointmentsView(Context context) {
		this.model = new AppointmentsViewModel(context);
		this.i18n = context.i18n();
		this.formats = context.formats();
		setPadding(new Insets(12));

		ComboBox<UserSummary> repFilter = repBox("appointments-rep", this.i18n.get("filter.allReps"), true);
		repFilter.valueProperty().bindBidirectional(this.model.repFilterProperty());
		repFilter.valueProperty().addListener((observable, before, now) -> this.model.load());
		ToggleGroup spans = new ToggleGroup();
		ToggleButton day = new ToggleButton(this.i18n.get("appointments.day"));
		day.setId("appointments-day");
		day.setMinWidth(ToggleButton.USE_PREF_SIZE);
		ToggleButton week = new ToggleButton(this.i18n.get("appointments.week"));
		week.setId("appointments-week");
		week.setMinWidth(ToggleButton.USE_PREF_SIZE);
		day.setToggleGroup(spans);
		week.setToggleGroup(spans);
		week.setSelected(true);
		spans.selectedToggleProperty().addListener((observable, before, now) -> {
			if (now == null) {
				before.setSelected(true);
				return;
			}
			this.model.spanProperty()
				.set((now == day) ? AppointmentsViewModel.Span.DAY : AppointmentsViewModel.Span.WEEK);
			this.model.load();
		});
		DatePicker go = Ui.datePicker("appointments-date", this.formats);
		go.setPrefWidth(130);
		go.valueProperty().bindBidirectional(this.model.anchorProperty());
		go.setOnAction((event) -> this.model.load());
		this.period.setId("appointments-period");
		this.period.getStyleClass().add("section-title");
		FlowPane bar = Ui.bar(repFilter, day, week, Ui.button("◀", "appointments-previous", this.model::previous),
				Ui.button(this.i18n.get("appointments.today"), "appointments-today", this.model::today),
				Ui.button("▶", "appointments-next", this.model::next), go, this.period,
				Ui.button(this.i18n.get("appointment.new"), "appointment-new",
						() -> this.model
							.newAppointment((this.model.spanProperty().get() == AppointmentsViewModel.Span.DAY)
									? this.model.firstDay() : this.model.anchorProperty().get())),
				Ui.busy(this.model));
		VBox top = new VBox(8, Ui.title(this.i18n.get("nav.appointments")), bar, Ui.messages(this.model));
		top.setPadding(new Insets(0, 0, 8, 0));
		setTop(top);

		ScrollPane scroller = new ScrollPane(this.agenda);
		scroller.setFitToWidth(true);
		scroller.setFitToHeight(true);
		this.agenda.setId("agenda");
		setCenter(scroller);
		ScrollPane formScroller = new ScrollPane(form());
		formScroller.setFitToWidth(true);
		formScroller.setPrefWidth(370);
		setRight(formScroller);
		BorderPane.setMargin(formScroller, new Insets(0, 0, 0, 8));

		this.model.appointments().addListener((ListChangeListener<Appointment>) (change) -> drawAgenda());
	}

	private ComboBox<UserSummary> repBox(String id, String none, boolean withNone) {
		ComboBox<UserSummary> box = new ComboBox<>();
		box.setId(id);
		Ui.display(box, UserSummary::displayName, none);
		this.model.reps().addListener((ListChangeListener<UserSummary>) (change) -> {
			UserSummary chosen = box.getValue();
			box.getItems().setAll(this.model.reps());
			if (withNone) {
				box.getItems().add(0, null);
			}
			box.setValue(chosen);
		});
		return box;
	}

	private void drawAgenda() {
		List<LocalDate> days = this.model.days();
		List<LocalDate> drawn = this.model.visibleDays();
		this.period.setText((days.size() == 1) ? this.formats.dayHeader(days.get(0)) : this.i18n
			.get("appointments.weekOf", this.formats.date(days.get(0)), this.formats.date(days.get(days.size() - 1))));
		this.agenda.getChildren().clear();
		for (LocalDate day : drawn) {
			Label header = new Label(this.formats.dayHeader(day));
			header.getStyleClass().add("day-header");
			header.setWrapText(true);
			VBox column = new VBox(4, header);
			column.getStyleClass().add("day-column");
			column.setPadding(new Insets(6));
			column.setMinWidth(100);
			HBox.setHgrow(column, Priority.ALWAYS);
			column.setMaxWidth(Double.MAX_VALUE);
			List<Appointment> ofDay = this.model.on(day);
			if (ofDay.isEmpty()) {
				Label none = new Label(this.i18n.get("appointments.none"));
				none.getStyleClass().add("hint");
				column.getChildren().add(none);
			}
			for (Appointment appointment : ofDay) {
				column.getChildren().add(card(appointment));
			}
			column.setOnMouseClicked((event) -> {
				if (event.getClickCount() == 2 && event.getTarget() == column) {
					this.model.newAppointment(day);
				}
			});
			this.agenda.getChildren().add(column);
		}
	}

	private Node card(Appointment appointment) {
		Label time = new Label(this.formats.time(appointment.startAt()) + "–" + this.formats.time(appointment.endAt()));
		time.getStyleClass().add("appointment-time");
		Label customer = new Label(appointment.customerName());
		customer.getStyleClass().add("appointment-customer");
		customer.setWrapText(true);
		Label rep = new Label(appointment.salesRepName());
		rep.getStyleClass().add("hint");
		Label subject = new Label(appointment.subject());
		subject.setWrapText(true);
		VBox card = new VBox(1, time, customer, subject, rep);
		card.setId("appointment-" + appointment.id());
		card.getStyleClass().addAll("appointment-card", "status-" + appointment.status().name().toLowerCase());
		card.setOnMouseClicked((event) -> this.model.select(appointment));
		return card;
	}

	private Node form() {
		FormGrid form = new FormGrid(this.model);
		ComboBox<UserSummary> rep = repBox("appointment-rep", "", false);
		rep.valueProperty().bindBidirectional(this.model.repProperty());
		form.add("salesRepId", this.i18n.get("appointment.rep"), rep);
		form.add("customerId", this.i18n.get("appointment.customer"), new LookupField<>(this.model.customer(),
				"appointment-customer", this.i18n.get("lookup.customer.prompt"), Customer::companyName, ""));
		ComboBox<Contact> contact = new ComboBox<>(this.model.contacts());
		contact.setId("appointment-contact");
		Ui.display(contact, Contact::fullName, this.i18n.get("appointment.noContact"));
		contact.valueProperty().bindBidirectional(this.model.contactProperty());
		form.add("contactId", this.i18n.get("appointment.contact"), contact);
		DatePicker date = Ui.datePicker("appointment-date", this.formats);
		date.valueProperty().bindBidirectional(this.model.dateProperty());
		form.add("date", this.i18n.get("appointment.date"), date);
		form.add("startAt", this.i18n.get("appointment.start"), text("appointment-start", this.model.startProperty()));
		form.add("endAt", this.i18n.get("appointment.end"), text("appointment-end", this.model.endProperty()));
		form.add("subject", this.i18n.get("appointment.subject"),
				text("appointment-subject", this.model.subjectProperty()));
		form.add("place", this.i18n.get("appointment.place"), text("appointment-place", this.model.placeProperty()));
		TextArea notes = new TextArea();
		notes.setId("appointment-notes");
		notes.setPrefRowCount(3);
		notes.setWrapText(true);
		notes.textProperty().bindBidirectional(this.model.notesProperty());
		form.add("notes", this.i18n.get("appointment.notes"), notes);
		ComboBox<AppointmentStatus> status = new ComboBox<>();
		status.setId("appointment-status");
		status.getItems().setAll(AppointmentStatus.values());
		Ui.display(status, this.i18n::label, "");
		status.valueProperty().bindBidirectional(this.model.statusProperty());
		status.disableProperty().bind(this.model.editingProperty().isNull());
		form.add("status", this.i18n.get("appointment.status"), status);

		Label heading = new Label();
		heading.getStyleClass().add("section-title");
		heading.textProperty()
			.bind(Bindings.createStringBinding(
					() -> this.i18n
						.get((this.model.editingProperty().get() == null) ? "appointment.new" : "appointment.edit"),
					this.model.editingProperty()));
		Button save = Ui.button(this.i18n.get("action.save"), "appointment-save", this.model::save);
		Button delete = Ui.button(this.i18n.get("action.delete"), "appointment-delete", () -> {
			if (Ui.confirm(getScene().getWindow(), this.i18n, this.i18n.get("appointment.delete.confirm"))) {
				this.model.delete();
			}
		});
		delete.disableProperty().bind(this.model.editingProperty().isNull());
		VBox card = Ui.card(heading, form, Ui.bar(save, delete));
		return card;
	}

	private static TextField text(String id, javafx.beans.property.StringProperty property) {
		TextField field = new TextField();
		field.setId(id);
		field.textProperty().bindBidirectional(property);
		return field;
	}

	public AppointmentsViewModel model() {
		return this.model;
	}

	@Override
	public Node view() {
		return this;
	}

	@Override
	public void shown() {
		if (!this.started) {
			this.started = true;
			this.model.loadReps();
			this.model.newAppointment(this.model.anchorProperty().get());
		}
		this.model.load();
	}

}
