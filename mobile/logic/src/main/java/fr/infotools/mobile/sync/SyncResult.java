package fr.infotools.mobile.sync;

import java.util.Collections;
import java.util.List;

import fr.infotools.mobile.reminder.ReminderPlan;

/**
 * What a synchronisation did.
 *
 * @param state the state to keep (its reminders are those of the plan)
 * @param plan the alarms to schedule, move and cancel
 * @param refused the changes the server refused this time
 * @param outcome how far it went
 */
public record SyncResult(LocalState state, ReminderPlan plan, List<Rejection> refused, Outcome outcome) {

	public SyncResult {
		refused = Collections.unmodifiableList(refused);
	}

	/**
	 * How far a synchronisation went.
	 */
	public enum Outcome {

		/** Every change sent, the agenda read again. */
		DONE,

		/**
		 * The server could not be reached: the agenda is the last one read, changes wait.
		 */
		OFFLINE,

		/** The rep must log in again; changes wait. */
		SESSION_ENDED

	}

}
