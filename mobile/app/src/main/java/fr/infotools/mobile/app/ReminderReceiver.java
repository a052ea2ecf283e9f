package fr.infotools.mobile.app;

import java.time.Instant;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * The alarm of a reminder rang: shows its notification.
 */
public class ReminderReceiver extends BroadcastReceiver {

	@Override
	public void onReceive(Context context, Intent intent) {
		if (!ReminderScheduler.ACTION_REMIND.equals(intent.getAction())) {
			return;
		}
		long id = intent.getLongExtra(ReminderScheduler.EXTRA_ID, 0);
		Instant start = Instant.ofEpochMilli(intent.getLongExtra(ReminderScheduler.EXTRA_START, 0));
		Notifications.remind(context, id, start, intent.getStringExtra(ReminderScheduler.EXTRA_SUBJECT),
				intent.getStringExtra(ReminderScheduler.EXTRA_CUSTOMER),
				intent.getStringExtra(ReminderScheduler.EXTRA_PLACE), InfoToolsApp.services(context).time());
	}

}
