package fr.infotools.mobile.app;

import java.util.ArrayList;
import java.util.List;

import android.content.Context;
import android.graphics.Paint;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.BaseAdapter;
import android.widget.TextView;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.time.AgendaTime;

/**
 * One line per appointment: its day and hours and customer, then its subject and place,
 * and whether it waits to be sent.
 */
final class AppointmentAdapter extends BaseAdapter {

	private final Context context;

	private final List<Appointment> appointments = new ArrayList<>();

	private LocalState state;

	private AgendaTime time;

	private boolean showDay;

	AppointmentAdapter(Context context) {
		this.context = context;
	}

	void show(List<Appointment> shown, LocalState newState, AgendaTime newTime, boolean withDay) {
		this.appointments.clear();
		this.appointments.addAll(shown);
		this.state = newState;
		this.time = newTime;
		this.showDay = withDay;
		notifyDataSetChanged();
	}

	@Override
	public int getCount() {
		return this.appointments.size();
	}

	@Override
	public Appointment getItem(int position) {
		return this.appointments.get(position);
	}

	@Override
	public long getItemId(int position) {
		return this.appointments.get(position).id();
	}

	@Override
	public View getView(int position, View convertView, ViewGroup parent) {
		View view = (convertView != null) ? convertView
				: LayoutInflater.from(this.context).inflate(R.layout.item_appointment, parent, false);
		Appointment appointment = getItem(position);
		TextView when = view.findViewById(R.id.when);
		TextView what = view.findViewById(R.id.what);
		TextView flag = view.findViewById(R.id.flag);
		when.setText(line1(appointment));
		what.setText(line2(appointment));
		boolean cancelled = appointment.status() == AppointmentStatus.CANCELLED;
		when.setPaintFlags(cancelled ? when.getPaintFlags() | Paint.STRIKE_THRU_TEXT_FLAG
				: when.getPaintFlags() & ~Paint.STRIKE_THRU_TEXT_FLAG);
		String flagText = null;
		if (this.state.isPending(appointment.id())) {
			flagText = this.context.getString(R.string.appointment_pending);
		}
		else if (appointment.status() != AppointmentStatus.PLANNED) {
			flagText = Messages.status(this.context, appointment.status());
		}
		flag.setText(flagText);
		flag.setVisibility((flagText != null) ? View.VISIBLE : View.GONE);
		return view;
	}

	String line1(Appointment appointment) {
		String slot = this.time.formatSlot(appointment.startAt(), appointment.endAt());
		if (this.showDay) {
			slot = this.time.dateOf(appointment.startAt())
				.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.getDefault())) + "  "
					+ slot;
		}
		return slot + "  " + ((appointment.customerName() != null) ? appointment.customerName() : "");
	}

	String line2(Appointment appointment) {
		return (appointment.place() != null) ? appointment.subject() + " · " + appointment.place()
				: appointment.subject();
	}

}
