package fr.infotools.mobile.app;

import android.app.Application;
import android.content.Context;

/**
 * The application: holds the {@link AppServices} and creates the notification channel.
 */
public class InfoToolsApp extends Application {

	private AppServices services;

	@Override
	public void onCreate() {
		super.onCreate();
		this.services = new AppServices(this);
		Notifications.createChannel(this);
	}

	public static AppServices services(Context context) {
		return ((InfoToolsApp) context.getApplicationContext()).services;
	}

}
