package fr.infotools.mobile.app;

import java.util.Locale;
import java.util.Optional;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.TextView;
import android.widget.Toast;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.time.AgendaTime;

/**
 * One appointment: when, with whom (tap to dial), where (tap for the map), what; to edit
 * or delete. Reminders open it.
 */
public class AppointmentActivity extends Activity {

	static final String EXTRA_ID = "appointmentId";

	private AppServices services;

	private long id;

	private final Runnable render = this::render;

	@Override
	protected void onCreate(Bundle savedInstanceState) {
		super.onCreate(savedInstanceState);
		setContentView(R.layout.activity_appointment);
		setTitle(R.string.appointment_title);
		this.services = InfoToolsApp.services(this);
		this.id = getIntent().getLongExtra(EXTRA_ID, 0);
		findViewById(R.id.edit).setOnClickListener((view) -> startActivity(
				new Intent(this, EditAppointmentActivity.class).putExtra(EditAppointmentActivity.EXTRA_ID, this.id)));
		findViewById(R.id.delete).setOnClickListener((view) -> confirmDelete());
	}

	@Override
	protected void onResume() {
		super.onResume();
		this.services.addListener(this.render);
		render();
	}

	@Override
	protected void onPause() {
		super.onPause();
		this.services.removeListener(this.render);
	}

	void render() {
		LocalState state = this.services.state();
		Optional<Appointment> found = state.agenda().find(this.id);
		if (!found.isPresent()) {
			Toast.makeText(this, R.string.appointment_not_found, Toast.LENGTH_LONG).show();
			finish();
			return;
		}
		Appointment appointment = found.get();
		AgendaTime time = this.services.time();
		text(R.id.subject, appointment.subject());
		text(R.id.when, capitalized(time.formatDay(time.dateOf(appointment.startAt()), Locale.getDefault())) + "\n"
				+ time.formatSlot(appointment.startAt(), appointment.endAt()));
		TextView flag = findViewById(R.id.flag);
		flag.setText(R.string.appointment_pending);
		flag.setVisibility(state.isPending(this.id) ? View.VISIBLE : View.GONE);
		Optional<Customer> customer = state.agenda().customer(appointment.customerId());
		text(R.id.customer,
				(appointment.customerName() != null) ? appointment.customerName() : "#" + appointment.customerId());
		Optional<Contact> contact = state.agenda().contact(appointment.contactId());
		text(R.id.contact, (appointment.contactName() != null) ? appointment.contactName() : null);
		String phone = contact.map(Contact::phone).orElse(customer.map(Customer::phone).orElse(null));
		Button call = findViewById(R.id.call);
		call.setVisibility((phone != null) ? View.VISIBLE : View.GONE);
		call.setText(getString(R.string.appointment_call, phone));
		call.setOnClickListener(
				(view) -> startActivity(new Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + Uri.encode(phone)))));
		text(R.id.place, appointment.place());
		Button map = findViewById(R.id.map);
		map.setVisibility((appointment.place() != null) ? View.VISIBLE : View.GONE);
		map.setOnClickListener((view) -> startActivity(
				new Intent(Intent.ACTION_VIEW, Uri.parse("geo:0,0?q=" + Uri.encode(appointment.place())))));
		text(R.id.status, Messages.status(this, appointment.status()));
		text(R.id.notes, appointment.notes());
	}

	void confirmDelete() {
		new AlertDialog.Builder(this).setMessage(R.string.appointment_delete_confirm)
			.setPositiveButton(R.string.appointment_delete, (dialog, which) -> delete())
			.setNegativeButton(R.string.cancel, null)
			.show();
	}

	private void delete() {
		Optional<Appointment> current = this.services.state().agenda().find(this.id);
		if (current.isPresent()) {
			this.services.update((state) -> state.delete(current.get(), this.services.now()));
			if (this.services.isLoggedIn()) {
				this.services.syncInBackground(null);
			}
		}
		finish();
	}

	private void text(int view, String value) {
		((TextView) findViewById(view)).setText((value != null) ? value : getString(R.string.appointment_none));
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
