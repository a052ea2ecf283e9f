package fr.infotools.desktop.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import fr.infotools.desktop.api.AppointmentsApi;
import fr.infotools.desktop.api.model.Appointment;
import fr.infotools.desktop.api.model.AppointmentInput;
import fr.infotools.desktop.api.model.AppointmentStatus;
import fr.infotools.desktop.api.model.Contact;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.Lookup;
import fr.infotools.desktop.ui.ViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every rep's agenda, a day or a week at a time (Paris time), filtered by rep; the form
 * of the appointment selected or being booked, for any rep.
 */
public class AppointmentsViewModel extends ViewModel {

	/** How much of the agenda is shown. */
	public enum Span {

		DAY, WEEK

	}

	private final ObjectProperty<Span> span = new SimpleObjectProperty<>(this, "span", Span.WEEK);

	private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(this, "anchor");

	private final ObjectProperty<UserSummary> repFilter = new SimpleObjectProperty<>(this, "repFilter");

	private final ObservableList<UserSummary> reps = FXCollections.observableArrayList();

	private final ObservableList<Appointment> appointments = FXCollections.observableArrayList();

	private final ObjectProperty<Appointment> editing = new SimpleObjectProperty<>(this, "editing");

	private final ObjectProperty<UserSummary> rep = new SimpleObjectProperty<>(this, "rep");

	private final Lookup<Customer> customer;

	private final ObservableList<Contact> contacts = FXCollections.observableArrayList();

	private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>(this, "contact");

	private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");

	private final StringProperty start = new SimpleStringProperty(this, "start", "09:00");

	private final StringProperty end = new SimpleStringProperty(this, "end", "10:00");

	private final StringProperty place = new SimpleStringProperty(this, "place", "");

	private final StringProperty subject = new SimpleStringProperty(this, "subject", "");

	private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

	private final ObjectProperty<AppointmentStatus> status = new SimpleObjectProperty<>(this, "status",
			AppointmentStatus.PLANNED);

	public AppointmentsViewModel(Context context) {
		super(context);
		this.anchor.set(LocalDate.now(context.clock().withZone(Formats.ZONE)));
		this.customer = new Lookup<>(context, (q) -> context.backend().customers().list(q, null, null, 0, 30).items(),
				Customer::id);
		this.customer.selectedProperty().addListener((observable, before, now) -> loadContacts(now));
	}

	private AppointmentsApi api() {
		return this.context.backend().appointments();
	}

	public ObjectProperty<Span> spanProperty() {
		return this.span;
	}

	public ObjectProperty<LocalDate> anchorProperty() {
		return this.anchor;
	}

	public ObjectProperty<UserSummary> repFilterProperty() {
		return this.repFilter;
	}

	public ObservableList<UserSummary> reps() {
		return this.reps;
	}

	public ObservableList<Appointment> appointments() {
		return this.appointments;
	}

	/** The first day shown: the day, or the Monday of its week. */
	public LocalDate firstDay() {
		LocalDate day = this.anchor.get();
		return (this.span.get() == Span.WEEK) ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
	}

	/** The days shown, in order. */
	public List<LocalDate> days() {
		return Stream.iterate(firstDay(), (day) -> day.plusDays(1))
			.limit((this.span.get() == Span.WEEK) ? 7 : 1)
			.toList();
	}

	/**
	 * The days drawn: the week's working days, and Saturday or Sunday only when something
	 * is booked on them; the day itself in day view.
	 */
	public List<LocalDate> visibleDays() {
		return days().stream()
			.filter((day) -> this.span.get() == Span.DAY
					|| (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
					|| !on(day).isEmpty())
			.toList();
	}

	/** The appointments of one day shown, soonest first. */
	public List<Appointment> on(LocalDate day) {
		return this.appointments.stream()
			.filter((appointment) -> Formats.day(appointment.startAt()).equals(day))
			.toList();
	}

	public void loadReps() {
		call(() -> this.context.backend().users().list(Role.SALES), (users) -> this.reps
			.setAll(users.stream().filter((user) -> !Boolean.FALSE.equals(user.active())).toList()));
	}

	/** Loads the appointments of the days shown. */
	public void load() {
		List<LocalDate> days = days();
		Instant from = Formats.at(days.get(0), LocalTime.MIDNIGHT);
		Instant to = Formats.at(days.get(days.size() - 1).plusDays(1), LocalTime.MIDNIGHT);
		Long repId = (this.repFilter.get() != null) ? this.repFilter.get().id() : null;
		call(() -> api().between(from, to, repId), this.appointments::setAll);
	}

	public void previous() {
		this.anchor.set(this.anchor.get().minusDays((this.span.get() == Span.WEEK) ? 7 : 1));
		load();
	}

	public void next() {
		this.anchor.set(this.anchor.get().plusDays((this.span.get() == Span.WEEK) ? 7 : 1));
		load();
	}

	public void today() {
		this.anchor.set(LocalDate.now(this.context.clock().withZone(Formats.ZONE)));
		load();
	}

	// the form

	public ObjectProperty<Appointment> editingProperty() {
		return this.editing;
	}

	public ObjectProperty<UserSummary> repProperty() {
		return this.rep;
	}

	public Lookup<Customer> customer() {
		return this.customer;
	}

	public ObservableList<Contact> contacts() {
		return this.contacts;
	}

	public ObjectProperty<Contact> contactProperty() {
		return this.contact;
	}

	public ObjectProperty<LocalDate> dateProperty() {
		return this.date;
	}

	public StringProperty startProperty() {
		return this.start;
	}

	public StringProperty endProperty() {
		return this.end;
	}

	public StringProperty placeProperty() {
		return this.place;
	}

	public StringProperty subjectProperty() {
		return this.subject;
	}

	public StringProperty notesProperty() {
		return this.notes;
	}

	public ObjectProperty<AppointmentStatus> statusProperty() {
		return this.status;
	}

	private void loadContacts(Customer chosen) {
		Long keep = (this.contact.get() != null) ? this.contact.get().id() : null;
		this.contacts.clear();
		this.contact.set(null);
		if (chosen == null) {
			return;
		}
		call(() -> this.context.backend().customers().contacts(chosen.id()), (found) -> {
			this.contacts.setAll(found);
			this.contacts.add(0, null);
			found.stream().filter((c) -> c.id().equals(keep)).findFirst().ifPresent(this.contact::set);
		});
	}

	/** Opens an appointment in the form. */
	public void select(Appointment appointment) {
		if (appointment == null) {
			return;
		}
		clearErrors();
		this.editing.set(appointment);
		this.rep.set(this.reps.stream()
			.filter((user) -> Objects.equals(user.id(), appointment.salesRepId()))
			.findFirst()
			.orElse(new UserSummary(appointment.salesRepId(), null, appointment.salesRepName(), null, Role.SALES, true,
					null)));
		this.contact.set((appointment.contactId() != null) ? new Contact(appointment.contactId(),
				appointment.customerId(), appointment.contactName(), "", null, null, null, null) : null);
		this.customer.show(new Customer(appointment.customerId(), null, appointment.customerName(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, null));
		this.date.set(Formats.day(appointment.startAt()));
		this.start.set(formats().time(appointment.startAt()));
		this.end.set(formats().time(appointment.endAt()));
		this.place.set(orEmpty(appointment.place()));
		this.subject.set(orEmpty(appointment.subject()));
		this.notes.set(orEmpty(appointment.notes()));
		this.status.set(appointment.status());
	}

	/**
	 * Empties the form for a new appointment on {@code day} (the rep of the filter, if
	 * any).
	 */
	public void newAppointment(LocalDate day) {
		clearErrors();
		this.editing.set(null);
		this.rep.set(this.repFilter.get());
		this.customer.clear();
		this.date.set(day);
		this.start.set("09:00");
		this.end.set("10:00");
		this.place.set("");
		this.subject.set("");
		this.notes.set("");
		this.status.set(AppointmentStatus.PLANNED);
	}

	/** Books or updates the appointment of the form. */
	public void save() {
		clearErrors();
		boolean filled = required("salesRepId", this.rep.get()) & required("customerId", this.customer.selected())
				& required("date", this.date.get()) & required("subject", this.subject.get());
		LocalTime from = time("startAt", this.start.get());
		LocalTime to = time("endAt", this.end.get());
		if (!filled || from == null || to == null) {
			return;
		}
		if (!to.isAfter(from)) {
			rejectField("endAt", i18n().get("appointment.endBeforeStart"));
			return;
		}
		Appointment current = this.editing.get();
		AppointmentInput input = new AppointmentInput(this.rep.get().id(), this.customer.selected().id(),
				(this.contact.get() != null) ? this.contact.get().id() : null, Formats.at(this.date.get(), from),
				Formats.at(this.date.get(), to), blank(this.place.get()), this.subject.get().strip(),
				blank(this.notes.get()), (current != null) ? this.status.get() : null,
				(current != null) ? current.version() : null);
		call(() -> (current == null) ? api().create(input) : api().update(current.id(), input), (saved) -> {
			select(saved);
			inform(i18n().get("appointment.saved", formats().dateTime(saved.startAt()), saved.salesRepName()));
			load();
		});
	}

	public void delete() {
		Appointment current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> {
			api().delete(current.id());
			return current;
		}, (deleted) -> {
			newAppointment(this.date.get());
			inform(i18n().get("appointment.deleted"));
			load();
		});
	}

	private LocalTime time(String field, String text) {
		try {
			return formats().parseTime(text);
		}
		catch (DateTimeParseException ex) {
			this.fieldErrors().put(field, i18n().get("validation.time"));
			fail(i18n().get("validation.form"));
			return null;
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
