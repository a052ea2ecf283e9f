package fr.infotools.mobile.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.infotools.mobile.agenda.Agenda;
import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.reminder.Reminder;
import fr.infotools.mobile.reminder.ReminderDelay;

/**
 * All the phone keeps of the rep's work: the agenda as the server last sent it, the
 * changes not sent yet, the changes refused, the reminders scheduled and the reminder
 * delay. What the rep sees is the server's agenda with the pending changes applied.
 *
 * @param server the agenda as the server last sent it
 * @param pendingReminderMinutes a reminder delay chosen offline, not yet sent
 * @param userName the display name of the rep logged in last
 */
public record LocalState(Agenda server, OfflineQueue queue, List<Rejection> rejections, Map<Long, Reminder> reminders,
		ReminderDelay delay, Integer pendingReminderMinutes, String userName) {

	public LocalState {
		rejections = Collections.unmodifiableList(new ArrayList<>(rejections));
		reminders = Collections.unmodifiableMap(new LinkedHashMap<>(reminders));
	}

	public static LocalState empty() {
		return new LocalState(Agenda.empty(), OfflineQueue.empty(), Collections.<Rejection>emptyList(),
				Collections.<Long, Reminder>emptyMap(), ReminderDelay.DEFAULT, null, null);
	}

	/** The agenda as the rep sees it: the server's, with the changes not sent yet. */
	public Agenda agenda() {
		Agenda agenda = this.server;
		for (PendingChange change : this.queue.changes()) {
			switch (change.kind()) {
				case CREATE:
					Appointment created = new Appointment(change.appointmentId(), change.draft().customerId(), null,
							null, null, change.draft().startAt(), change.draft().endAt(), null, null, null,
							AppointmentStatus.PLANNED, 0);
					agenda = agenda.with(agenda.apply(created, change.draft()));
					break;
				case UPDATE:
					Optional<Appointment> current = agenda.find(change.appointmentId());
					if (current.isPresent()) {
						agenda = agenda.with(agenda.apply(current.get(), change.draft()));
					}
					break;
				default:
					agenda = agenda.without(change.appointmentId());
			}
		}
		return agenda;
	}

	/** Whether the appointment has a change that the server has not accepted yet. */
	public boolean isPending(long appointmentId) {
		return this.queue.of(appointmentId).isPresent();
	}

	/** Books an appointment on the phone; it is sent at the next synchronisation. */
	public LocalState create(AppointmentDraft draft, Instant now) {
		return withQueue(this.queue.create(draft.normalized(), now));
	}

	public LocalState update(Appointment current, AppointmentDraft draft, Instant now) {
		return withQueue(this.queue.update(current, draft.normalized(), now));
	}

	public LocalState delete(Appointment current, Instant now) {
		return withQueue(this.queue.delete(current, now));
	}

	public LocalState withQueue(OfflineQueue newQueue) {
		return new LocalState(this.server, newQueue, this.rejections, this.reminders, this.delay,
				this.pendingReminderMinutes, this.userName);
	}

	public LocalState withServer(Agenda agenda) {
		return new LocalState(agenda, this.queue, this.rejections, this.reminders, this.delay,
				this.pendingReminderMinutes, this.userName);
	}

	public LocalState withRejection(Rejection rejection) {
		List<Rejection> all = new ArrayList<>(this.rejections);
		all.add(rejection);
		return new LocalState(this.server, this.queue, all, this.reminders, this.delay, this.pendingReminderMinutes,
				this.userName);
	}

	/** The rep has read the refusals. */
	public LocalState withoutRejections() {
		return new LocalState(this.server, this.queue, Collections.<Rejection>emptyList(), this.reminders, this.delay,
				this.pendingReminderMinutes, this.userName);
	}

	public LocalState withReminders(Map<Long, Reminder> scheduled) {
		return new LocalState(this.server, this.queue, this.rejections, scheduled, this.delay,
				this.pendingReminderMinutes, this.userName);
	}

	/** The delay as the server has it. */
	public LocalState withDelay(ReminderDelay newDelay) {
		return new LocalState(this.server, this.queue, this.rejections, this.reminders, newDelay, null, this.userName);
	}

	/** A delay the rep chose on the phone, to send at the next synchronisation. */
	public LocalState withChosenDelay(ReminderDelay newDelay) {
		return new LocalState(this.server, this.queue, this.rejections, this.reminders, newDelay, newDelay.minutes(),
				this.userName);
	}

	/**
	 * The result of a synchronisation that started from {@code start}, with what the rep
	 * did on the phone while it ran (this state): changes queued meanwhile stay queued, a
	 * delay chosen meanwhile stays chosen, refusals read meanwhile stay read. The
	 * reminders are this state's, the alarms actually scheduled: plan the result against
	 * them.
	 */
	public LocalState rebase(LocalState start, LocalState synced) {
		List<PendingChange> changes = new ArrayList<>(synced.queue().changes());
		for (PendingChange change : this.queue.changes()) {
			if (change.sequence() >= start.queue().nextSequence()) {
				changes.add(change);
			}
		}
		OfflineQueue queue = new OfflineQueue(changes, this.queue.nextSequence(), this.queue.nextLocalId());
		List<Rejection> kept = new ArrayList<>();
		for (Rejection rejection : synced.rejections()) {
			if (this.rejections.contains(rejection) || !start.rejections().contains(rejection)) {
				kept.add(rejection);
			}
		}
		boolean delayChosenMeanwhile = this.pendingReminderMinutes != null
				&& !this.pendingReminderMinutes.equals(start.pendingReminderMinutes());
		return new LocalState(synced.server(), queue, kept, this.reminders,
				delayChosenMeanwhile ? this.delay : synced.delay(),
				delayChosenMeanwhile ? this.pendingReminderMinutes : synced.pendingReminderMinutes(),
				synced.userName());
	}

	public LocalState withUserName(String name) {
		return new LocalState(this.server, this.queue, this.rejections, this.reminders, this.delay,
				this.pendingReminderMinutes, name);
	}

}
