package fr.infotools.mobile.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;

/**
 * The rep's changes waiting for the server, in the order made; at most one per
 * appointment: a change of an appointment created offline is folded into its creation, a
 * second change into the first, and deleting an appointment created offline forgets it
 * altogether.
 *
 * @param nextSequence the number of the next change
 * @param nextLocalId the (negative) id of the next appointment created offline
 */
public record OfflineQueue(List<PendingChange> changes, long nextSequence, long nextLocalId) {

	public OfflineQueue {
		changes = Collections.unmodifiableList(new ArrayList<>(changes));
	}

	public static OfflineQueue empty() {
		return new OfflineQueue(Collections.<PendingChange>emptyList(), 1, -1);
	}

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	public int size() {
		return this.changes.size();
	}

	public Optional<PendingChange> of(long appointmentId) {
		return this.changes.stream().filter((change) -> change.appointmentId() == appointmentId).findFirst();
	}

	/**
	 * The queue with a new appointment; its local id is {@link #nextLocalId()} of this
	 * queue.
	 */
	public OfflineQueue create(AppointmentDraft draft, Instant now) {
		List<PendingChange> all = new ArrayList<>(this.changes);
		all.add(new PendingChange(this.nextSequence, PendingChange.Kind.CREATE, this.nextLocalId, 0, draft, now));
		return new OfflineQueue(all, this.nextSequence + 1, this.nextLocalId - 1);
	}

	public OfflineQueue update(Appointment current, AppointmentDraft draft, Instant now) {
		List<PendingChange> all = new ArrayList<>(this.changes);
		Optional<PendingChange> queued = of(current.id());
		if (queued.isPresent()) {
			all.set(all.indexOf(queued.get()), queued.get().withDraft(draft));
			return new OfflineQueue(all, this.nextSequence, this.nextLocalId);
		}
		all.add(new PendingChange(this.nextSequence, PendingChange.Kind.UPDATE, current.id(), current.version(), draft,
				now));
		return new OfflineQueue(all, this.nextSequence + 1, this.nextLocalId);
	}

	public OfflineQueue delete(Appointment current, Instant now) {
		List<PendingChange> all = new ArrayList<>(this.changes);
		Optional<PendingChange> queued = of(current.id());
		queued.ifPresent(all::remove);
		if (current.isLocalOnly()) {
			return new OfflineQueue(all, this.nextSequence, this.nextLocalId);
		}
		long version = queued.map(PendingChange::baseVersion).orElse(current.version());
		all.add(new PendingChange(this.nextSequence, PendingChange.Kind.DELETE, current.id(), version, null, now));
		return new OfflineQueue(all, this.nextSequence + 1, this.nextLocalId);
	}

	/** The queue without a change the server accepted or refused. */
	public OfflineQueue without(PendingChange change) {
		List<PendingChange> all = new ArrayList<>(this.changes);
		all.removeIf((each) -> each.sequence() == change.sequence());
		return new OfflineQueue(all, this.nextSequence, this.nextLocalId);
	}

}
