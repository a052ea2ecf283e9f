package fr.infotools.desktop.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;

import fr.infotools.desktop.api.RequestsApi;
import fr.infotools.desktop.api.model.AssignInput;
import fr.infotools.desktop.api.model.RequestStatus;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.SiteRequest;
import fr.infotools.desktop.api.model.TimeSlot;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.PagedListViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The website's appointment requests, new ones first; the one selected is given to a rep
 * in one of that rep's free slots of a chosen day, or rejected with a reason.
 */
public class RequestsViewModel extends PagedListViewModel {

	public static final int PAGE_SIZE = 25;

	private final ObjectProperty<RequestStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter",
			RequestStatus.NEW);

	private final ObservableList<SiteRequest> requests = FXCollections.observableArrayList();

	private final ObjectProperty<SiteRequest> selected = new SimpleObjectProperty<>(this, "selected");

	private final ObservableList<UserSummary> reps = FXCollections.observableArrayList();

	private final ObjectProperty<UserSummary> rep = new SimpleObjectProperty<>(this, "rep");

	private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");

	private final ObservableList<TimeSlot> slots = FXCollections.observableArrayList();

	private final ObjectProperty<TimeSlot> slot = new SimpleObjectProperty<>(this, "slot");

	private final StringProperty place = new SimpleStringProperty(this, "place", "");

	private final StringProperty subject = new SimpleStringProperty(this, "subject", "");

	private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

	public RequestsViewModel(Context context) {
		super(context, PAGE_SIZE);
		this.day.set(nextWorkingDay(LocalDate.now(context.clock().withZone(Formats.ZONE))));
		this.rep.addListener((observable, before, now) -> loadSlots());
		this.day.addListener((observable, before, now) -> loadSlots());
	}

	static LocalDate nextWorkingDay(LocalDate today) {
		LocalDate day = today.plusDays(1);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	private RequestsApi api() {
		return this.context.backend().requests();
	}

	public ObjectProperty<RequestStatus> statusFilterProperty() {
		return this.statusFilter;
	}

	public ObservableList<SiteRequest> requests() {
		return this.requests;
	}

	public ObjectProperty<SiteRequest> selectedProperty() {
		return this.selected;
	}

	public ObservableList<UserSummary> reps() {
		return this.reps;
	}

	public ObjectProperty<UserSummary> repProperty() {
		return this.rep;
	}

	public ObjectProperty<LocalDate> dayProperty() {
		return this.day;
	}

	public ObservableList<TimeSlot> slots() {
		return this.slots;
	}

	public ObjectProperty<TimeSlot> slotProperty() {
		return this.slot;
	}

	public StringProperty placeProperty() {
		return this.place;
	}

	public StringProperty subjectProperty() {
		return this.subject;
	}

	public StringProperty reasonProperty() {
		return this.reason;
	}

	public void loadReps() {
		call(() -> this.context.backend().users().list(Role.SALES), (users) -> this.reps
			.setAll(users.stream().filter((user) -> !Boolean.FALSE.equals(user.active())).toList()));
	}

	@Override
	public void load() {
		RequestStatus status = this.statusFilter.get();
		int page = paging().page();
		call(() -> api().list(status, page, PAGE_SIZE), (answer) -> {
			paging().update(answer);
			this.requests.setAll(answer.items());
		});
	}

	/** Shows a request; the subject of the appointment starts as the request's. */
	public void select(SiteRequest request) {
		clearErrors();
		this.selected.set(request);
		if (request != null) {
			this.subject.set((request.subject() != null) ? request.subject() : "");
			this.reason.set("");
		}
	}

	/** Asks for the free slots of the chosen rep on the chosen day. */
	public void loadSlots() {
		this.slots.clear();
		this.slot.set(null);
		UserSummary chosen = this.rep.get();
		LocalDate date = this.day.get();
		if (chosen == null || date == null) {
			return;
		}
		call(() -> api().freeSlots(chosen.id(), date), (free) -> {
			if (chosen.equals(this.rep.get()) && date.equals(this.day.get())) {
				this.slots.setAll(free);
			}
		});
	}

	/**
	 * Gives the request to the rep in the chosen slot: the server books the appointment.
	 */
	public void assign() {
		clearErrors();
		SiteRequest request = this.selected.get();
		if (request == null) {
			return;
		}
		if (!required("salesRepId", this.rep.get()) | !required("startAt", this.slot.get())) {
			return;
		}
		TimeSlot chosen = this.slot.get();
		AssignInput input = new AssignInput(this.rep.get().id(), chosen.startAt(), chosen.endAt(),
				blank(this.place.get()), blank(this.subject.get()), null);
		call(() -> api().assign(request.id(), input), (assignment) -> {
			inform(i18n().get("request.assigned", request.requesterName(), assignment.appointment().salesRepName(),
					formats().dateTime(assignment.appointment().startAt())));
			this.selected.set(assignment.request());
			this.place.set("");
			loadSlots();
			load();
		});
	}

	/** Rejects the request with the reason typed. */
	public void reject() {
		clearErrors();
		SiteRequest request = this.selected.get();
		if (request == null || !required("reason", this.reason.get())) {
			return;
		}
		String why = this.reason.get().strip();
		call(() -> api().reject(request.id(), why), (rejected) -> {
			inform(i18n().get("request.rejected", request.requesterName()));
			this.selected.set(rejected);
			this.reason.set("");
			load();
		});
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
