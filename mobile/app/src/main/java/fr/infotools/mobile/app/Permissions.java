package fr.infotools.mobile.app;

import android.annotation.TargetApi;
import android.app.Activity;
import android.app.AlertDialog;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.net.Uri;
import android.os.Build;

/**
 * What recent Android versions want asked before reminders can show: the notification
 * permission at run time (Android 13+), and the exact-alarm permission in the system
 * settings (Android 12+, refused by default from Android 14), explained first and asked
 * once; without it reminders still ring, a few minutes late at worst.
 */
final class Permissions {

	static final int REQUEST_NOTIFICATIONS = 1;

	static final String POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS";

	static final String ACTION_REQUEST_SCHEDULE_EXACT_ALARM = "android.settings.REQUEST_SCHEDULE_EXACT_ALARM";

	/**
	 * Asked once per launch of the app: Android itself stops asking after two refusals.
	 */
	private static boolean notificationsAsked;

	private Permissions() {
	}

	/** Asks what is missing; call when the agenda shows. */
	static void askIfNeeded(Activity activity, AppServices services) {
		if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU && !notificationsAllowed(activity)
				&& !services.notificationsAsked()) {
			services.markNotificationsAsked();
			requestNotifications(activity);
			return;
		}
		askExactAlarms(activity, services);
	}

	/** The rep answered the notification request: on to exact alarms. */
	static void notificationsAnswered(Activity activity, AppServices services, boolean granted) {
		if (!granted) {
			android.widget.Toast.makeText(activity, R.string.notifications_denied, android.widget.Toast.LENGTH_LONG)
				.show();
		}
		askExactAlarms(activity, services);
	}

	private static void askExactAlarms(Activity activity, AppServices services) {
		if (!services.reminders().exactAlarmsAllowed() && !services.session().exactAlarmExplained()) {
			services.session().markExactAlarmExplained();
			new AlertDialog.Builder(activity).setTitle(R.string.exact_alarm_title)
				.setMessage(R.string.exact_alarm_text)
				.setPositiveButton(R.string.exact_alarm_open, (dialog, which) -> openExactAlarmSettings(activity))
				.setNegativeButton(R.string.exact_alarm_later, null)
				.show();
		}
	}

	@TargetApi(Build.VERSION_CODES.TIRAMISU)
	static boolean notificationsAllowed(Activity activity) {
		return activity.checkSelfPermission(POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED;
	}

	@TargetApi(Build.VERSION_CODES.TIRAMISU)
	private static void requestNotifications(Activity activity) {
		activity.requestPermissions(new String[] { POST_NOTIFICATIONS }, REQUEST_NOTIFICATIONS);
	}

	/** The system page where the rep allows this app's exact alarms. */
	static void openExactAlarmSettings(Activity activity) {
		activity.startActivity(new Intent(ACTION_REQUEST_SCHEDULE_EXACT_ALARM)
			.setData(Uri.parse("package:" + activity.getPackageName())));
	}

}
