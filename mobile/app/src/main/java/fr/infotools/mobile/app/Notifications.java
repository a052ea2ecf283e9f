package fr.infotools.mobile.app;

import java.time.Instant;

import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;

import fr.infotools.mobile.time.AgendaTime;

/**
 * The reminder notifications: their channel, their text, and the appointment they open.
 */
final class Notifications {

	static final String CHANNEL_ID = "reminders";

	private Notifications() {
	}

	static void createChannel(Context context) {
		NotificationChannel channel = new NotificationChannel(CHANNEL_ID, context.getString(R.string.channel_name),
				NotificationManager.IMPORTANCE_HIGH);
		channel.setDescription(context.getString(R.string.channel_description));
		context.getSystemService(NotificationManager.class).createNotificationChannel(channel);
	}

	/**
	 * "Rendez-vous à 14:30", "Transports Mercier — Étude du besoin", the place below;
	 * tapping it opens the appointment.
	 */
	static void remind(Context context, long appointmentId, Instant start, String subject, String customer,
			String place, AgendaTime time) {
		createChannel(context);
		String title = context.getString(R.string.reminder_title, time.formatTime(start));
		String text = (customer != null) ? context.getString(R.string.reminder_text, customer, subject) : subject;
		Intent open = new Intent(context, AppointmentActivity.class).putExtra(AppointmentActivity.EXTRA_ID,
				appointmentId);
		PendingIntent tap = PendingIntent.getActivity(context, ReminderScheduler.requestCode(appointmentId), open,
				PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
		Notification.Builder builder = new Notification.Builder(context, CHANNEL_ID)
			.setSmallIcon(R.drawable.ic_notification)
			.setContentTitle(title)
			.setContentText(text)
			.setCategory(Notification.CATEGORY_REMINDER)
			.setWhen(start.toEpochMilli())
			.setShowWhen(true)
			.setContentIntent(tap)
			.setAutoCancel(true);
		if (place != null) {
			builder.setSubText(place).setStyle(new Notification.BigTextStyle().bigText(text + "\n" + place));
		}
		context.getSystemService(NotificationManager.class)
			.notify(ReminderScheduler.requestCode(appointmentId), builder.build());
	}

}
