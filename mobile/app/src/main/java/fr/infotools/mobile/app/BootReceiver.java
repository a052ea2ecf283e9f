package fr.infotools.mobile.app;

import java.util.Arrays;
import java.util.List;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * The system forgets alarms at reboot and on an update of the app; a change of clock or
 * time zone, or the exact-alarm permission granted, calls for scheduling them again.
 * Schedules every reminder still ahead, and a synchronisation for when the network is up.
 */
public class BootReceiver extends BroadcastReceiver {

	static final List<String> ACTIONS = Arrays.asList(Intent.ACTION_BOOT_COMPLETED, Intent.ACTION_MY_PACKAGE_REPLACED,
			Intent.ACTION_TIME_CHANGED, Intent.ACTION_TIMEZONE_CHANGED,
			"android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED");

	@Override
	public void onReceive(Context context, Intent intent) {
		if (!ACTIONS.contains(intent.getAction())) {
			return;
		}
		AppServices services = InfoToolsApp.services(context);
		services.restoreReminders();
		if (services.isLoggedIn()) {
			SyncJobService.scheduleWhenOnline(context);
		}
	}

}
