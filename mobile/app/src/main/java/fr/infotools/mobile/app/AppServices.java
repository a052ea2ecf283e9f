package fr.infotools.mobile.app;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import android.content.Context;
import android.os.Handler;
import android.os.Looper;
import android.util.Log;

import fr.infotools.mobile.api.ApiException;
import fr.infotools.mobile.api.CrmApi;
import fr.infotools.mobile.api.HttpTransport;
import fr.infotools.mobile.api.Profile;
import fr.infotools.mobile.api.Transport;
import fr.infotools.mobile.sync.LocalState;
import fr.infotools.mobile.sync.StateFile;
import fr.infotools.mobile.sync.SyncResult;
import fr.infotools.mobile.sync.Synchronizer;
import fr.infotools.mobile.time.AgendaTime;

/**
 * What the screens, receivers and jobs share: the state kept on the phone, the API
 * client, the reminder alarms, and a background thread for the network. Every change of
 * the state re-plans the alarms and is saved at once.
 */
public final class AppServices {

	private static final String TAG = "InfoTools";

	private final Context context;

	private final SessionPreferences session;

	private final StateFile stateFile;

	private final ReminderScheduler reminders;

	private final Handler main = new Handler(Looper.getMainLooper());

	private final List<Runnable> listeners = new ArrayList<>();

	private Clock clock;

	private Executor background = Executors.newSingleThreadExecutor();

	private Function<String, Transport> transports = (address) -> new HttpTransport(address, 20_000);

	private LocalState state;

	private SyncResult.Outcome lastOutcome;

	private boolean syncing;

	/**
	 * The notification permission is asked once per launch: Android stops asking after
	 * two refusals.
	 */
	private boolean notificationsAsked;

	AppServices(Context context) {
		this.context = context.getApplicationContext();
		this.session = new SessionPreferences(context);
		this.stateFile = new StateFile(new File(context.getFilesDir(), "agenda.json"));
		this.reminders = new ReminderScheduler(context);
	}

	// for tests: a fixed clock, the network thread run inline, a fake server

	void useClock(Clock fixed) {
		this.clock = fixed;
	}

	void useBackground(Executor executor) {
		this.background = executor;
	}

	void useTransport(Function<String, Transport> factory) {
		this.transports = factory;
	}

	Instant now() {
		return clock().instant();
	}

	/** The phone's time zone, read each time: the rep travels. */
	AgendaTime time() {
		return new AgendaTime(clock().getZone());
	}

	private Clock clock() {
		return (this.clock != null) ? this.clock : Clock.systemDefaultZone();
	}

	SessionPreferences session() {
		return this.session;
	}

	ReminderScheduler reminders() {
		return this.reminders;
	}

	CrmApi api() {
		String language = "en".equals(Locale.getDefault().getLanguage()) ? "en" : "fr";
		String server = this.session.server();
		return new CrmApi(this.transports.apply((server != null) ? server : "https://localhost"), this.session,
				language);
	}

	boolean isLoggedIn() {
		return this.session.server() != null && this.session.load() != null;
	}

	SyncResult.Outcome lastOutcome() {
		return this.lastOutcome;
	}

	boolean notificationsAsked() {
		return this.notificationsAsked;
	}

	void markNotificationsAsked() {
		this.notificationsAsked = true;
	}

	synchronized boolean isSyncing() {
		return this.syncing;
	}

	public synchronized LocalState state() {
		if (this.state == null) {
			this.state = this.stateFile.load();
		}
		return this.state;
	}

	/**
	 * Changes the state (a change of the rep), re-plans the alarms and saves it.
	 */
	public void update(UnaryOperator<LocalState> change) {
		synchronized (this) {
			SyncResult planned = Synchronizer.replan(change.apply(state()), now());
			this.reminders.apply(planned.plan());
			store(planned.state());
		}
		changed();
	}

	/**
	 * After a reboot (or a change of clock, zone or exact-alarm permission): every
	 * reminder still ahead scheduled again, since the system forgot them.
	 */
	void restoreReminders() {
		synchronized (this) {
			SyncResult planned = Synchronizer.replan(state(), now());
			this.reminders.restore(planned.state().reminders().values());
			store(planned.state());
		}
	}

	/** Logs in, forgetting another rep's agenda if another rep used the phone before. */
	Profile login(String server, String username, String password) throws IOException, ApiException {
		String previous = this.session.username();
		this.session.remember(server, username);
		Profile profile = api().login(username, password);
		if (previous != null && !previous.equalsIgnoreCase(username)) {
			forget();
		}
		return profile;
	}

	/** Ends the session and forgets the rep's data and alarms. */
	void logout() {
		CrmApi api = api();
		this.background.execute(api::logout);
		forget();
		this.stateFile.delete();
	}

	/** An empty agenda, and every alarm of the previous one cancelled. */
	private void forget() {
		update((state) -> LocalState.empty().withReminders(state.reminders()));
	}

	/** Runs a network task on the network thread. */
	void inBackground(Runnable task) {
		this.background.execute(task);
	}

	/** Synchronises on the network thread; {@code done} runs on the main thread. */
	void syncInBackground(Consumer<SyncResult> done) {
		synchronized (this) {
			this.syncing = true;
		}
		changed();
		this.background.execute(() -> {
			SyncResult result = syncNow();
			this.main.post(() -> {
				if (done != null) {
					done.accept(result);
				}
			});
		});
	}

	/** Synchronises now, on the calling thread (never the main one). */
	SyncResult syncNow() {
		LocalState start = state();
		SyncResult result = new Synchronizer(api(), time()).sync(start, now());
		synchronized (this) {
			LocalState merged = state().rebase(start, result.state());
			SyncResult planned = Synchronizer.replan(merged, now());
			this.reminders.apply(planned.plan());
			store(planned.state());
			this.lastOutcome = result.outcome();
			this.syncing = false;
		}
		if (result.outcome() != SyncResult.Outcome.DONE || !state().queue().isEmpty()) {
			SyncJobService.scheduleWhenOnline(this.context);
		}
		this.main.post(this::changed);
		return result;
	}

	void addListener(Runnable listener) {
		this.listeners.add(listener);
	}

	void removeListener(Runnable listener) {
		this.listeners.remove(listener);
	}

	private void changed() {
		if (Looper.myLooper() != Looper.getMainLooper()) {
			this.main.post(this::changed);
			return;
		}
		for (Runnable listener : new ArrayList<>(this.listeners)) {
			listener.run();
		}
	}

	private void store(LocalState newState) {
		this.state = newState;
		try {
			this.stateFile.save(newState);
		}
		catch (IOException ex) {
			Log.e(TAG, "Cannot save the agenda", ex);
		}
	}

}
