package fr.infotools.mobile.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.Intent;
import android.os.Bundle;
import android.view.Menu;
import android.view.MenuItem;
import android.view.View;
import android.widget.ListView;
import android.widget.TextView;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.reminder.ReminderDelay;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.sync.Rejection;
import fr.infotools.mobile.sync.SyncResult;
import fr.infotools.mobile.time.AgendaTime;

/**
 * The rep's agenda: today's appointments, the upcoming ones, or one day's; readable
 * offline, synchronised when shown. The first screen of the app.
 */
public class AgendaActivity extends Activity {

	/**
	 * What the list shows.
	 */
	enum Mode {

		TODAY, UPCOMING, DAY

	}

	private static final int MENU_NEW = 1;

	private static final int MENU_SYNC = 2;

	private static final int MENU_REMINDER = 3;

	private static final int MENU_LOGOUT = 4;

	private AppServices services;

	private AppointmentAdapter adapter;

	private final Runnable render = this::render;

	private Mode mode = Mode.TODAY;

	private LocalDate day;

	@Override
	protected void onCreate(Bundle savedInstanceState) {
		super.onCreate(savedInstanceState);
		this.services = InfoToolsApp.services(this);
		if (!this.services.isLoggedIn() && this.services.state().server().syncedAt() == null) {
			startActivity(new Intent(this, LoginActivity.class));
			finish();
			return;
		}
		setContentView(R.layout.activity_agenda);
		this.adapter = new AppointmentAdapter(this);
		ListView list = findViewById(R.id.appointments);
		list.setAdapter(this.adapter);
		list.setOnItemClickListener((parent, view, position, id) -> open(this.adapter.getItem(position)));
		this.day = this.services.time().dateOf(this.services.now());
		findViewById(R.id.show_today).setOnClickListener((view) -> show(Mode.TODAY));
		findViewById(R.id.show_upcoming).setOnClickListener((view) -> show(Mode.UPCOMING));
		findViewById(R.id.show_day).setOnClickListener((view) -> show(Mode.DAY));
		findViewById(R.id.previous_day).setOnClickListener((view) -> moveDay(-1));
		findViewById(R.id.next_day).setOnClickListener((view) -> moveDay(1));
		findViewById(R.id.rejections).setOnClickListener((view) -> showRejections());
		findViewById(R.id.status).setOnClickListener((view) -> {
			if (!this.services.isLoggedIn()) {
				startActivity(new Intent(this, LoginActivity.class));
			}
		});
	}

	@Override
	protected void onResume() {
		super.onResume();
		if (this.adapter == null) {
			return;
		}
		this.services.addListener(this.render);
		render();
		if (this.services.isLoggedIn()) {
			this.services.syncInBackground(null);
		}
		Permissions.askIfNeeded(this, this.services);
	}

	@Override
	protected void onPause() {
		super.onPause();
		if (this.services != null) {
			this.services.removeListener(this.render);
		}
	}

	@Override
	public void onRequestPermissionsResult(int requestCode, String[] permissions, int[] grantResults) {
		if (requestCode == Permissions.REQUEST_NOTIFICATIONS) {
			Permissions.notificationsAnswered(this, this.services,
					grantResults.length > 0 && grantResults[0] == android.content.pm.PackageManager.PERMISSION_GRANTED);
		}
	}

	void show(Mode newMode) {
		this.mode = newMode;
		render();
	}

	void moveDay(int days) {
		this.day = this.day.plusDays(days);
		render();
	}

	Mode mode() {
		return this.mode;
	}

	void render() {
		LocalState state = this.services.state();
		AgendaTime time = this.services.time();
		Instant now = this.services.now();
		List<Appointment> shown;
		String heading;
		LocalDate today = time.dateOf(now);
		switch (this.mode) {
			case UPCOMING:
				shown = state.agenda().upcoming(now);
				heading = getString(R.string.agenda_upcoming);
				break;
			case DAY:
				shown = state.agenda().onDay(this.day, time.zone());
				heading = capitalized(time.formatDay(this.day, Locale.getDefault()));
				break;
			default:
				shown = state.agenda().onDay(today, time.zone());
				heading = capitalized(time.formatDay(today, Locale.getDefault()));
		}
		findViewById(R.id.day_bar).setVisibility((this.mode == Mode.DAY) ? View.VISIBLE : View.GONE);
		((TextView) findViewById(R.id.day)).setText(heading);
		TextView headingView = findViewById(R.id.heading);
		headingView.setText(heading);
		headingView.setVisibility((this.mode == Mode.DAY) ? View.GONE : View.VISIBLE);
		this.adapter.show(shown, state, time, this.mode == Mode.UPCOMING);
		findViewById(R.id.empty).setVisibility(shown.isEmpty() ? View.VISIBLE : View.GONE);
		findViewById(R.id.appointments).setVisibility(shown.isEmpty() ? View.GONE : View.VISIBLE);
		((TextView) findViewById(R.id.status)).setText(status(state, time));
		TextView rejections = findViewById(R.id.rejections);
		rejections.setText(getString(R.string.agenda_rejections, state.rejections().size()));
		rejections.setVisibility(state.rejections().isEmpty() ? View.GONE : View.VISIBLE);
		setTitle(R.string.app_name);
		if (getActionBar() != null && state.userName() != null) {
			getActionBar().setSubtitle(state.userName());
		}
	}

	private String status(LocalState state, AgendaTime time) {
		StringBuilder text = new StringBuilder();
		Instant synced = state.server().syncedAt();
		if (!this.services.isLoggedIn() || this.services.lastOutcome() == SyncResult.Outcome.SESSION_ENDED) {
			text.append(getString(R.string.agenda_session_ended));
		}
		else if (this.services.isSyncing()) {
			text.append(getString(R.string.agenda_syncing));
		}
		else if (synced == null) {
			text.append(getString(R.string.agenda_never_synced));
		}
		else {
			String date = time.dateOf(synced).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"));
			int message = (this.services.lastOutcome() == SyncResult.Outcome.OFFLINE) ? R.string.agenda_offline
					: R.string.agenda_synced_at;
			text.append(getString(message, date, time.formatTime(synced)));
		}
		if (!state.queue().isEmpty()) {
			text.append('\n').append(getString(R.string.agenda_pending, state.queue().size()));
		}
		return text.toString();
	}

	private void open(Appointment appointment) {
		startActivity(
				new Intent(this, AppointmentActivity.class).putExtra(AppointmentActivity.EXTRA_ID, appointment.id()));
	}

	void showRejections() {
		StringBuilder text = new StringBuilder();
		AgendaTime time = this.services.time();
		for (Rejection rejection : this.services.state().rejections()) {
			String what = (rejection.appointment() != null) ? time.dateOf(rejection.appointment().startAt()) + " "
					+ time.formatTime(rejection.appointment().startAt()) + " " + rejection.appointment().subject() : "";
			int kind = switch (rejection.kind()) {
				case CREATE -> R.string.rejection_create;
				case UPDATE -> R.string.rejection_update;
				case DELETE -> R.string.rejection_delete;
			};
			text.append(getString(R.string.rejection_line, getString(kind), what, rejection.problem().fullMessage()))
				.append("\n\n");
		}
		new AlertDialog.Builder(this).setTitle(R.string.rejections_title)
			.setMessage(text.toString().trim())
			.setPositiveButton(R.string.rejections_dismiss,
					(dialog, which) -> this.services.update(LocalState::withoutRejections))
			.show();
	}

	@Override
	public boolean onCreateOptionsMenu(Menu menu) {
		menu.add(Menu.NONE, MENU_NEW, 1, R.string.menu_new).setShowAsAction(MenuItem.SHOW_AS_ACTION_IF_ROOM);
		menu.add(Menu.NONE, MENU_SYNC, 2, R.string.menu_sync);
		menu.add(Menu.NONE, MENU_REMINDER, 3, R.string.menu_reminder);
		menu.add(Menu.NONE, MENU_LOGOUT, 4, R.string.menu_logout);
		return true;
	}

	@Override
	public boolean onOptionsItemSelected(MenuItem item) {
		switch (item.getItemId()) {
			case MENU_NEW:
				startActivity(new Intent(this, EditAppointmentActivity.class));
				return true;
			case MENU_SYNC:
				if (this.services.isLoggedIn()) {
					this.services.syncInBackground(null);
				}
				else {
					startActivity(new Intent(this, LoginActivity.class));
				}
				return true;
			case MENU_REMINDER:
				chooseReminderDelay();
				return true;
			case MENU_LOGOUT:
				this.services.logout();
				startActivity(new Intent(this, LoginActivity.class));
				finish();
				return true;
			default:
				return super.onOptionsItemSelected(item);
		}
	}

	void chooseReminderDelay() {
		ReminderDelay[] delays = ReminderDelay.values();
		String[] labels = new String[delays.length];
		int checked = 0;
		for (int i = 0; i < delays.length; i++) {
			labels[i] = getString(R.string.reminder_minutes, delays[i].minutes());
			if (delays[i] == this.services.state().delay()) {
				checked = i;
			}
		}
		new AlertDialog.Builder(this).setTitle(R.string.reminder_delay_title)
			.setSingleChoiceItems(labels, checked, (dialog, which) -> {
				dialog.dismiss();
				this.services.update((state) -> state.withChosenDelay(delays[which]));
				if (this.services.isLoggedIn()) {
					this.services.syncInBackground(null);
				}
			})
			.show();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
