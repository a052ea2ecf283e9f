package fr.infotools.mobile.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import android.app.Activity;
import android.app.DatePickerDialog;
import android.app.TimePickerDialog;
import android.os.Bundle;
import android.view.View;
import android.widget.AdapterView;
import android.widget.ArrayAdapter;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Spinner;
import android.widget.TextView;
import android.widget.Toast;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentRules;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;
import fr.infotools.mobile.agenda.Violation;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.time.AgendaTime;

/**
 * Books an appointment with one of the rep's customers, or changes one: checked on the
 * spot with the server's rules and words, saved on the phone, sent when possible.
 */
public class EditAppointmentActivity extends Activity {

	static final String EXTRA_ID = "appointmentId";

	private static final long NEW = Long.MIN_VALUE;

	private AppServices services;

	private Appointment current;

	private List<Customer> customers;

	private List<Contact> contacts = new ArrayList<>();

	private LocalDate date;

	private LocalTime start;

	private LocalTime end;

	private Spinner customer;

	private Spinner contact;

	private Spinner status;

	private final Map<String, TextView> errors = new HashMap<>();

	@Override
	protected void onCreate(Bundle savedInstanceState) {
		super.onCreate(savedInstanceState);
		setContentView(R.layout.activity_edit);
		this.services = InfoToolsApp.services(this);
		LocalState state = this.services.state();
		AgendaTime time = this.services.time();
		long id = getIntent().getLongExtra(EXTRA_ID, NEW);
		this.current = (id != NEW) ? state.agenda().find(id).orElse(null) : null;
		setTitle((this.current != null) ? R.string.appointment_edit : R.string.appointment_new);
		this.customers = new ArrayList<>(state.agenda().customers());
		this.customer = findViewById(R.id.customer);
		this.contact = findViewById(R.id.contact);
		this.status = findViewById(R.id.status);
		this.errors.put("customerId", findViewById(R.id.customer_error));
		this.errors.put("startAt", findViewById(R.id.start_error));
		this.errors.put("endAt", findViewById(R.id.end_error));
		this.errors.put("subject", findViewById(R.id.subject_error));
		this.errors.put("place", findViewById(R.id.place_error));
		this.errors.put("notes", findViewById(R.id.notes_error));
		this.errors.put("status", findViewById(R.id.status_error));
		List<String> names = new ArrayList<>();
		for (Customer each : this.customers) {
			names.add((each.city() != null) ? each.companyName() + " (" + each.city() + ")" : each.companyName());
		}
		this.customer.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_spinner_dropdown_item, names));
		this.customer.setOnItemSelectedListener(new AdapterView.OnItemSelectedListener() {

			@Override
			public void onItemSelected(AdapterView<?> parent, View view, int position, long rowId) {
				showContacts(null);
			}

			@Override
			public void onNothingSelected(AdapterView<?> parent) {
			}

		});
		List<String> statuses = new ArrayList<>();
		for (AppointmentStatus each : AppointmentStatus.values()) {
			statuses.add(Messages.status(this, each));
		}
		this.status.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_spinner_dropdown_item, statuses));
		if (this.current != null) {
			fill(this.current, time);
		}
		else {
			findViewById(R.id.status_label).setVisibility(View.GONE);
			this.status.setVisibility(View.GONE);
			Instant next = this.services.now().plus(Duration.ofHours(1));
			this.date = time.dateOf(next);
			this.start = time.timeOf(next).withMinute(0).withSecond(0).withNano(0);
			this.end = this.start.plusHours(1);
			showContacts(null);
			if (this.customers.isEmpty()) {
				showError("customerId", getString(R.string.appointment_no_customer));
			}
		}
		findViewById(R.id.date).setOnClickListener((view) -> new DatePickerDialog(this,
				(picker, year, month, dayOfMonth) -> setDate(LocalDate.of(year, month + 1, dayOfMonth)),
				this.date.getYear(), this.date.getMonthValue() - 1, this.date.getDayOfMonth())
			.show());
		findViewById(R.id.start).setOnClickListener(
				(view) -> new TimePickerDialog(this, (picker, hour, minute) -> setStart(LocalTime.of(hour, minute)),
						this.start.getHour(), this.start.getMinute(), true)
					.show());
		findViewById(R.id.end).setOnClickListener(
				(view) -> new TimePickerDialog(this, (picker, hour, minute) -> setEnd(LocalTime.of(hour, minute)),
						this.end.getHour(), this.end.getMinute(), true)
					.show());
		findViewById(R.id.save).setOnClickListener((view) -> save());
		showWhen();
	}

	private void fill(Appointment appointment, AgendaTime time) {
		for (int i = 0; i < this.customers.size(); i++) {
			if (this.customers.get(i).id() == appointment.customerId()) {
				this.customer.setSelection(i);
			}
		}
		showContacts(appointment.contactId());
		this.date = time.dateOf(appointment.startAt());
		this.start = time.timeOf(appointment.startAt());
		this.end = time.timeOf(appointment.endAt());
		((EditText) findViewById(R.id.subject)).setText(appointment.subject());
		((EditText) findViewById(R.id.place)).setText(appointment.place());
		((EditText) findViewById(R.id.notes)).setText(appointment.notes());
		this.status.setSelection(Arrays.asList(AppointmentStatus.values()).indexOf(appointment.status()));
	}

	private void showContacts(Long selected) {
		Customer chosen = selectedCustomer();
		this.contacts = (chosen != null) ? this.services.state().agenda().contactsOf(chosen.id())
				: new ArrayList<Contact>();
		List<String> names = new ArrayList<>();
		names.add(getString(R.string.appointment_no_contact));
		int position = 0;
		for (int i = 0; i < this.contacts.size(); i++) {
			names.add(this.contacts.get(i).displayName());
			if (selected != null && this.contacts.get(i).id() == selected) {
				position = i + 1;
			}
		}
		this.contact.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_spinner_dropdown_item, names));
		this.contact.setSelection(position);
	}

	private Customer selectedCustomer() {
		int position = this.customer.getSelectedItemPosition();
		return (position >= 0 && position < this.customers.size()) ? this.customers.get(position) : null;
	}

	void setDate(LocalDate newDate) {
		this.date = newDate;
		showWhen();
	}

	void setStart(LocalTime time) {
		Duration length = Duration.between(this.start, this.end);
		this.start = time;
		if (!length.isNegative() && !length.isZero()) {
			this.end = time.plus(length);
		}
		showWhen();
	}

	void setEnd(LocalTime time) {
		this.end = time;
		showWhen();
	}

	private void showWhen() {
		AgendaTime time = this.services.time();
		((Button) findViewById(R.id.date)).setText(time.formatDay(this.date, Locale.getDefault()));
		((Button) findViewById(R.id.start))
			.setText(String.format(Locale.ROOT, "%02d:%02d", this.start.getHour(), this.start.getMinute()));
		((Button) findViewById(R.id.end))
			.setText(String.format(Locale.ROOT, "%02d:%02d", this.end.getHour(), this.end.getMinute()));
	}

	/** The appointment as filled in. */
	AppointmentDraft draft() {
		AgendaTime time = this.services.time();
		Customer chosen = selectedCustomer();
		int contactPosition = this.contact.getSelectedItemPosition();
		Long contactId = (contactPosition > 0) ? this.contacts.get(contactPosition - 1).id() : null;
		AppointmentStatus chosenStatus = (this.current != null)
				? AppointmentStatus.values()[this.status.getSelectedItemPosition()] : null;
		return new AppointmentDraft((chosen != null) ? chosen.id() : null, contactId,
				time.instantOf(this.date, this.start), time.instantOf(this.date, this.end),
				((EditText) findViewById(R.id.place)).getText().toString(),
				((EditText) findViewById(R.id.subject)).getText().toString(),
				((EditText) findViewById(R.id.notes)).getText().toString(), chosenStatus);
	}

	void save() {
		for (TextView error : this.errors.values()) {
			error.setVisibility(View.GONE);
		}
		AgendaTime time = this.services.time();
		AppointmentDraft draft = draft().normalized();
		List<Appointment> others = this.services.state().agenda().appointments();
		List<Violation> violations = AppointmentRules.check(draft, this.current, others, this.services.now());
		if (!violations.isEmpty()) {
			for (Violation violation : violations) {
				showError(violation.field(), Messages.of(this, violation));
			}
			return;
		}
		if (time.isSkipped(this.date, this.start)) {
			Toast
				.makeText(this, getString(R.string.appointment_skipped_hour, time.formatTime(draft.startAt())),
						Toast.LENGTH_LONG)
				.show();
		}
		Instant now = this.services.now();
		Appointment changed = this.current;
		this.services
			.update((state) -> (changed != null) ? state.update(changed, draft, now) : state.create(draft, now));
		if (this.services.isLoggedIn()) {
			this.services.syncInBackground(null);
		}
		Toast.makeText(this, R.string.appointment_saved, Toast.LENGTH_SHORT).show();
		finish();
	}

	private void showError(String field, String message) {
		TextView view = this.errors.get(field);
		if (view == null) {
			view = findViewById(R.id.form_error);
		}
		view.setText(message);
		view.setVisibility(View.VISIBLE);
	}

	Optional<Appointment> current() {
		return Optional.ofNullable(this.current);
	}

}
