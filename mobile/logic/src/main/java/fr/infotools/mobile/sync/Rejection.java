package fr.infotools.mobile.sync;

import java.time.Instant;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.api.Problem;

/**
 * A change the server refused (a conflict, a validation error): kept to show the rep
 * until read, with the appointment as the rep had left it, so nothing is lost silently.
 *
 * @param appointment the appointment as the rep changed it (as it was, for a deletion)
 */
public record Rejection(long sequence, PendingChange.Kind kind, Appointment appointment, Problem problem, Instant at) {

}
