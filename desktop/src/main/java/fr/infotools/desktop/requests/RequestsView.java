package fr.infotools.desktop.requests;

import fr.infotools.desktop.api.model.RequestStatus;
import fr.infotools.desktop.api.model.SiteRequest;
import fr.infotools.desktop.api.model.TimeSlot;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.FormGrid;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Demandes du site: the queue on the left; the request, its assignment or rejection on
 * the right.
 */
public class RequestsView extends SplitPane implements Screen {

	private final RequestsViewModel model;

	private final I18n i18n;

	private final Formats formats;

	private boolean started;

	public RequestsView(Context context) {
		this.model = new RequestsViewModel(context);
		this.i18n = context.i18n();
		this.formats = context.formats();
		ScrollPane right = new ScrollPane(detail());
		right.setFitToWidth(true);
		getItems().addAll(list(), right);
		setDividerPositions(0.5);
	}

	private Node list() {
		ComboBox<RequestStatus> status = new ComboBox<>();
		status.setId("requests-status");
		status.getItems().setAll(RequestStatus.NEW, RequestStatus.ASSIGNED, RequestStatus.REJECTED, null);
		Ui.display(status, (value) -> this.i18n.get("request.status.filter." + value.name()),
				this.i18n.get("filter.all"));
		status.valueProperty().bindBidirectional(this.model.statusFilterProperty());
		status.valueProperty().addListener((observable, before, now) -> this.model.search());
		TableView<SiteRequest> table = Ui.table("requests-table");
		table.getColumns()
			.addAll(Ui.column(this.i18n.get("request.receivedAt"),
					(SiteRequest request) -> this.formats.dateTime(request.createdAt()), 120),
					Ui.column(this.i18n.get("request.requester"), SiteRequest::requesterName, 130),
					Ui.column(this.i18n.get("request.company"), SiteRequest::companyName, 140),
					Ui.column(this.i18n.get("request.subject"), SiteRequest::subject, 200),
					Ui.column(this.i18n.get("request.status"),
							(SiteRequest request) -> this.i18n.label(request.status()), 80));
		table.setItems(this.model.requests());
		table.setPlaceholder(new Label(this.i18n.get("requests.empty")));
		table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
			if (now != null) {
				this.model.select(now);
			}
		});
		VBox box = new VBox(8, Ui.title(this.i18n.get("nav.requests")),
				Ui.row(new Label(this.i18n.get("request.status")), status,
						Ui.button(this.i18n.get("action.refresh"), "requests-refresh", this.model::load),
						Ui.busy(this.model)),
				table,
				Ui.pager(this.model.paging(), this.i18n, "requests", this.model::previousPage, this.model::nextPage));
		box.setPadding(new Insets(12));
		return box;
	}

	private Node detail() {
		GridPane facts = new GridPane();
		facts.setHgap(8);
		facts.setVgap(4);
		String[] keys = { "request.requester", "request.company", "request.email", "request.phone", "request.subject",
				"request.message", "request.preferredSlots", "request.status", "request.decision" };
		Label[] values = new Label[keys.length];
		for (int i = 0; i < keys.length; i++) {
			Label caption = new Label(this.i18n.get(keys[i]));
			caption.getStyleClass().add("caption");
			caption.setMinWidth(Label.USE_PREF_SIZE);
			values[i] = new Label();
			values[i].setWrapText(true);
			values[i].setId("request-" + keys[i].substring("request.".length()));
			facts.add(caption, 0, i);
			facts.add(values[i], 1, i);
		}
		this.model.selectedProperty().addListener((observable, before, request) -> {
			String[] texts = (request == null) ? new String[keys.length]
					: new String[] { request.requesterName(), request.companyName(), request.email(), request.phone(),
							request.subject(), request.message(), request.preferredSlots(),
							this.i18n.label(request.status()), decision(request) };
			for (int i = 0; i < keys.length; i++) {
				values[i].setText((texts[i] != null) ? texts[i] : "");
			}
		});
		VBox requestCard = Ui.card(Ui.section(this.i18n.get("request.title")), facts);

		FormGrid assign = new FormGrid(this.model);
		ComboBox<UserSummary> rep = new ComboBox<>();
		rep.setId("assign-rep");
		Ui.display(rep, UserSummary::displayName, "");
		this.model.reps()
			.addListener((ListChangeListener<UserSummary>) (change) -> rep.getItems().setAll(this.model.reps()));
		rep.valueProperty().bindBidirectional(this.model.repProperty());
		assign.add("salesRepId", this.i18n.get("request.assign.rep"), rep);
		DatePicker day = Ui.datePicker("assign-day", this.formats);
		day.valueProperty().bindBidirectional(this.model.dayProperty());
		assign.add("day", this.i18n.get("request.assign.day"), day);
		ListView<TimeSlot> slots = new ListView<>(this.model.slots());
		slots.setId("assign-slots");
		slots.setPrefHeight(150);
		Label noSlot = new Label(this.i18n.get("request.assign.noSlot"));
		slots.setPlaceholder(noSlot);
		slots.setCellFactory((list) -> new ListCell<>() {
			@Override
			protected void updateItem(TimeSlot item, boolean empty) {
				super.updateItem(item, empty);
				setText((empty || item == null) ? null : RequestsView.this.formats.time(item.startAt()) + " – "
						+ RequestsView.this.formats.time(item.endAt()));
			}
		});
		slots.getSelectionModel()
			.selectedItemProperty()
			.addListener((observable, before, now) -> this.model.slotProperty().set(now));
		assign.add("startAt", this.i18n.get("request.assign.slot"), slots);
		TextField subject = new TextField();
		subject.setId("assign-subject");
		subject.textProperty().bindBidirectional(this.model.subjectProperty());
		assign.add("subject", this.i18n.get("appointment.subject"), subject);
		TextField place = new TextField();
		place.setId("assign-place");
		place.setPromptText(this.i18n.get("request.assign.place.prompt"));
		place.textProperty().bindBidirectional(this.model.placeProperty());
		assign.add("place", this.i18n.get("appointment.place"), place);
		Button assignButton = Ui.button(this.i18n.get("request.assign"), "assign", this.model::assign);
		VBox assignCard = Ui.card(Ui.section(this.i18n.get("request.assign.title")), assign,
				Ui.row(assignButton, Ui.busy(this.model)));

		FormGrid reject = new FormGrid(this.model);
		TextArea reason = new TextArea();
		reason.setId("reject-reason");
		reason.setPrefRowCount(2);
		reason.setWrapText(true);
		reason.textProperty().bindBidirectional(this.model.reasonProperty());
		reject.add("reason", this.i18n.get("request.reject.reason"), reason);
		Button rejectButton = Ui.button(this.i18n.get("request.reject"), "reject", this.model::reject);
		VBox rejectCard = Ui.card(Ui.section(this.i18n.get("request.reject.title")), reject, rejectButton);

		var undecided = Bindings.createBooleanBinding(
				() -> this.model.selectedProperty().get() == null
						|| this.model.selectedProperty().get().status() != RequestStatus.NEW,
				this.model.selectedProperty());
		assignCard.disableProperty().bind(undecided);
		rejectCard.disableProperty().bind(undecided);
		VBox box = new VBox(12, Ui.messages(this.model), requestCard, assignCard, rejectCard);
		box.setPadding(new Insets(12));
		return box;
	}

	private String decision(SiteRequest request) {
		return switch (request.status()) {
			case NEW -> "";
			case ASSIGNED -> this.i18n.get("request.decision.assigned", request.assignedToName(),
					this.formats.dateTime(request.decidedAt()));
			case REJECTED -> this.i18n.get("request.decision.rejected", request.rejectionReason(),
					this.formats.dateTime(request.decidedAt()));
		};
	}

	public RequestsViewModel model() {
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
		}
		this.model.load();
	}

}
