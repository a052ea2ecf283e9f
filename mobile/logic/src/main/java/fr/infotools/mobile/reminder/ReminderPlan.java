package fr.infotools.mobile.reminder;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What to change in the phone's alarms so that they match the agenda.
 *
 * @param schedule reminders that have no alarm yet
 * @param move reminders whose alarm must ring at another time or say something else
 * @param cancel appointments whose alarm must go
 * @param result every reminder scheduled once the plan is carried out, by appointment
 */
public record ReminderPlan(List<Reminder> schedule, List<Reminder> move, List<Long> cancel,
		Map<Long, Reminder> result) {

	public ReminderPlan {
		schedule = Collections.unmodifiableList(schedule);
		move = Collections.unmodifiableList(move);
		cancel = Collections.unmodifiableList(cancel);
		result = Collections.unmodifiableMap(result);
	}

	public boolean isEmpty() {
		return this.schedule.isEmpty() && this.move.isEmpty() && this.cancel.isEmpty();
	}

}
