package fr.infotools.mobile.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.mobile.agenda.Appointment;

/**
 * Decides the reminders of an agenda: one for each planned appointment whose reminder
 * time is still ahead, {@link ReminderDelay delay} before its start; none for a cancelled
 * or done appointment, nor for one whose reminder time has passed.
 */
public final class ReminderPlanner {

	private ReminderPlanner() {
	}

	/**
	 * The reminder of the appointment, or null when none should ring.
	 */
	public static Reminder reminderOf(Appointment appointment, ReminderDelay delay, Instant now) {
		if (!appointment.isPlanned()) {
			return null;
		}
		Reminder reminder = Reminder.of(appointment, delay);
		return reminder.triggerAt().isAfter(now) ? reminder : null;
	}

	/**
	 * What to schedule, move and cancel so that the alarms match the appointments.
	 * @param scheduled the reminders scheduled so far, by appointment
	 */
	public static ReminderPlan plan(Map<Long, Reminder> scheduled, Collection<Appointment> appointments,
			ReminderDelay delay, Instant now) {
		Map<Long, Reminder> wanted = new LinkedHashMap<>();
		for (Appointment appointment : appointments) {
			Reminder reminder = reminderOf(appointment, delay, now);
			if (reminder != null) {
				wanted.put(appointment.id(), reminder);
			}
		}
		List<Reminder> schedule = new ArrayList<>();
		List<Reminder> move = new ArrayList<>();
		List<Long> cancel = new ArrayList<>();
		for (Reminder reminder : wanted.values()) {
			Reminder before = scheduled.get(reminder.appointmentId());
			if (before == null) {
				schedule.add(reminder);
			}
			else if (!before.equals(reminder)) {
				move.add(reminder);
			}
		}
		for (Long id : scheduled.keySet()) {
			if (!wanted.containsKey(id)) {
				cancel.add(id);
			}
		}
		return new ReminderPlan(schedule, move, cancel, wanted);
	}

}
