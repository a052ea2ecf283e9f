package fr.infotools.mobile.sync;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.infotools.mobile.agenda.Agenda;
import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;
import fr.infotools.mobile.api.ApiException;
import fr.infotools.mobile.api.CrmApi;
import fr.infotools.mobile.api.Profile;
import fr.infotools.mobile.api.SessionEndedException;
import fr.infotools.mobile.reminder.ReminderDelay;
import fr.infotools.mobile.reminder.ReminderPlan;
import fr.infotools.mobile.reminder.ReminderPlanner;
import fr.infotools.mobile.time.AgendaTime;

/**
 * Brings the phone and the server together: sends the queued changes in the order made (a
 * refused one becomes a {@link Rejection} and the others go on), then reads the profile,
 * the agenda and the customers again, and plans the reminders of the result. Without
 * network it stops at the first change that cannot be sent, keeps the rest, and still
 * plans the reminders of what the rep sees.
 */
public final class Synchronizer {

	/** How far back the agenda is read, in days. */
	static final int DAYS_BEFORE = 30;

	/** How far ahead the agenda is read, in days (the server serves at most 370). */
	static final int DAYS_AFTER = 180;

	private final CrmApi api;

	private final AgendaTime time;

	public Synchronizer(CrmApi api, AgendaTime time) {
		this.api = api;
		this.time = time;
	}

	public SyncResult sync(LocalState start, Instant now) {
		LocalState state = start;
		List<Rejection> refused = new ArrayList<>();
		SyncResult.Outcome outcome = SyncResult.Outcome.DONE;
		try {
			state = sendDelay(state);
			for (PendingChange change : start.queue().changes()) {
				Rejection rejection = send(state, change, now);
				state = state.withQueue(state.queue().without(change));
				if (rejection != null) {
					refused.add(rejection);
					state = state.withRejection(rejection);
				}
			}
			state = read(state, now);
		}
		catch (SessionEndedException ex) {
			outcome = SyncResult.Outcome.SESSION_ENDED;
		}
		catch (IOException ex) {
			outcome = SyncResult.Outcome.OFFLINE;
		}
		catch (ApiException ex) {
			// the server answered the reads with an error (503 while it restarts…): as
			// offline
			outcome = SyncResult.Outcome.OFFLINE;
		}
		return planned(state, refused, outcome, now);
	}

	/** The reminders of the state as it is, for a change made on the phone. */
	public static SyncResult replan(LocalState state, Instant now) {
		return planned(state, new ArrayList<Rejection>(), SyncResult.Outcome.DONE, now);
	}

	private static SyncResult planned(LocalState state, List<Rejection> refused, SyncResult.Outcome outcome,
			Instant now) {
		ReminderPlan plan = ReminderPlanner.plan(state.reminders(), state.agenda().appointments(), state.delay(), now);
		return new SyncResult(state.withReminders(plan.result()), plan, refused, outcome);
	}

	private LocalState sendDelay(LocalState state) throws IOException, ApiException {
		if (state.pendingReminderMinutes() == null) {
			return state;
		}
		Profile profile = this.api.changeReminderMinutes(state.pendingReminderMinutes());
		return state.withDelay(ReminderDelay.ofMinutes(profile.reminderMinutes()));
	}

	/**
	 * Sends one change; null when accepted, the refusal otherwise.
	 * @throws IOException when the server cannot be reached
	 * @throws SessionEndedException when the rep must log in again
	 */
	private Rejection send(LocalState state, PendingChange change, Instant now) throws IOException, ApiException {
		Appointment shown = state.agenda()
			.find(change.appointmentId())
			.orElseGet(() -> state.server().find(change.appointmentId()).orElse(null));
		try {
			switch (change.kind()) {
				case CREATE:
					this.api.create(change.draft());
					break;
				case UPDATE:
					this.api.update(change.appointmentId(), change.baseVersion(), change.draft());
					break;
				default:
					this.api.delete(change.appointmentId());
			}
			return null;
		}
		catch (SessionEndedException ex) {
			throw ex;
		}
		catch (ApiException ex) {
			if (change.kind() == PendingChange.Kind.DELETE && ex.getProblem().status() == 404) {
				return null; // gone already: what the rep wanted
			}
			return new Rejection(change.sequence(), change.kind(), shown, ex.getProblem(), now);
		}
	}

	private LocalState read(LocalState state, Instant now) throws IOException, ApiException {
		Profile profile = this.api.me();
		LocalDate today = this.time.dateOf(now);
		List<Appointment> appointments = this.api.appointments(this.time.day(today.minusDays(DAYS_BEFORE)).start(),
				this.time.day(today.plusDays(DAYS_AFTER)).start());
		List<Customer> customers = this.api.customers();
		List<Contact> contacts = new ArrayList<>();
		for (Customer customer : customers) {
			contacts.addAll(this.api.contacts(customer.id()));
		}
		return state.withServer(Agenda.fromServer(appointments, customers, contacts, now))
			.withDelay(ReminderDelay.ofMinutes(profile.reminderMinutes()))
			.withUserName(profile.displayName());
	}

}
