package fr.infotools.mobile.app;

import java.util.Collection;

import android.annotation.TargetApi;
import android.app.AlarmManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Build;

import fr.infotools.mobile.reminder.Reminder;
import fr.infotools.mobile.reminder.ReminderPlan;

/**
 * The reminders as alarms of the system: one per appointment (its id in the intent's
 * data, so that scheduling again replaces it), ringing while the phone sleeps. Exact when
 * the rep allowed exact alarms (Android 12+ asks), else within the few minutes the system
 * chooses.
 */
public final class ReminderScheduler {

	static final String ACTION_REMIND = "fr.infotools.mobile.app.action.REMIND";

	static final String EXTRA_ID = "appointmentId";

	static final String EXTRA_START = "startAt";

	static final String EXTRA_SUBJECT = "subject";

	static final String EXTRA_CUSTOMER = "customerName";

	static final String EXTRA_PLACE = "place";

	private final Context context;

	ReminderScheduler(Context context) {
		this.context = context.getApplicationContext();
	}

	/** Carries out a plan: cancels, then schedules the new and moved reminders. */
	public void apply(ReminderPlan plan) {
		for (Long id : plan.cancel()) {
			cancel(id);
		}
		restore(plan.schedule());
		restore(plan.move());
	}

	/** Schedules every reminder given (replacing any alarm of the same appointment). */
	public void restore(Collection<Reminder> reminders) {
		for (Reminder reminder : reminders) {
			schedule(reminder);
		}
	}

	public void schedule(Reminder reminder) {
		AlarmManager alarms = this.context.getSystemService(AlarmManager.class);
		PendingIntent operation = PendingIntent.getBroadcast(this.context, requestCode(reminder.appointmentId()),
				intent(reminder.appointmentId()).putExtra(EXTRA_START, reminder.startAt().toEpochMilli())
					.putExtra(EXTRA_SUBJECT, reminder.subject())
					.putExtra(EXTRA_CUSTOMER, reminder.customerName())
					.putExtra(EXTRA_PLACE, reminder.place()),
				PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
		long at = reminder.triggerAt().toEpochMilli();
		if (exactAlarmsAllowed()) {
			alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, operation);
		}
		else {
			alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, operation);
		}
	}

	public void cancel(long appointmentId) {
		PendingIntent operation = PendingIntent.getBroadcast(this.context, requestCode(appointmentId),
				intent(appointmentId), PendingIntent.FLAG_NO_CREATE | PendingIntent.FLAG_IMMUTABLE);
		if (operation != null) {
			this.context.getSystemService(AlarmManager.class).cancel(operation);
			operation.cancel();
		}
	}

	/**
	 * Exact alarms need no permission before Android 12, and the rep's consent from 14.
	 */
	boolean exactAlarmsAllowed() {
		return Build.VERSION.SDK_INT < Build.VERSION_CODES.S || canScheduleExactAlarms();
	}

	@TargetApi(Build.VERSION_CODES.S)
	private boolean canScheduleExactAlarms() {
		return this.context.getSystemService(AlarmManager.class).canScheduleExactAlarms();
	}

	private Intent intent(long appointmentId) {
		return new Intent(this.context, ReminderReceiver.class).setAction(ACTION_REMIND)
			.setData(Uri.parse("infotools://appointment/" + appointmentId))
			.putExtra(EXTRA_ID, appointmentId);
	}

	static int requestCode(long appointmentId) {
		return Long.hashCode(appointmentId);
	}

}
