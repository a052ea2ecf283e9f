package fr.infotools.mobile.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The server's rules for booking or changing an appointment, checked on the phone so that
 * the rep hears of a mistake at once, even offline, with the server's words. The server
 * stays the judge: what passes here may still be refused there (a customer given to
 * another rep, an appointment booked meanwhile from the extranet).
 * <p>
 * As on the server, the field checks come first and all are reported; then the first
 * broken business rule alone.
 */
public final class AppointmentRules {

	/** No appointment lasts longer than this. */
	public static final Duration MAX_DURATION = Duration.ofHours(12);

	static final Instant EARLIEST_START = Instant.parse("2000-01-01T00:00:00Z");

	static final Duration MAX_AHEAD = Duration.ofDays(5 * 366);

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_PLACE = 200;

	public static final int MAX_NOTES = 4000;

	private AppointmentRules() {
	}

	/**
	 * What is wrong with the draft, empty when the server should accept it.
	 * @param current the appointment changed, or null for a new one
	 * @param others the rep's other appointments known to the phone (for overlaps)
	 */
	public static List<Violation> check(AppointmentDraft draft, Appointment current, Collection<Appointment> others,
			Instant now) {
		List<Violation> fields = fieldViolations(draft);
		if (!fields.isEmpty()) {
			return fields;
		}
		Violation broken = firstBrokenRule(draft, current, others, now);
		return (broken != null) ? Collections.singletonList(broken) : Collections.<Violation>emptyList();
	}

	static List<Violation> fieldViolations(AppointmentDraft draft) {
		List<Violation> violations = new ArrayList<>();
		if (draft.customerId() == null) {
			violations.add(Violation.of("customerId", Rule.NOT_NULL));
		}
		if (draft.startAt() == null) {
			violations.add(Violation.of("startAt", Rule.NOT_NULL));
		}
		if (draft.endAt() == null) {
			violations.add(Violation.of("endAt", Rule.NOT_NULL));
		}
		text(violations, "place", draft.place(), MAX_PLACE, false);
		if (Texts.isBlank(draft.subject())) {
			violations.add(Violation.of("subject", Rule.NOT_BLANK));
		}
		text(violations, "subject", draft.subject(), MAX_SUBJECT, false);
		text(violations, "notes", draft.notes(), MAX_NOTES, true);
		return violations;
	}

	private static void text(List<Violation> violations, String field, String value, int max, boolean multiline) {
		if (value == null) {
			return;
		}
		if (value.length() > max) {
			violations.add(Violation.of(field, Rule.SIZE, 0, max));
		}
		if (!isSafe(value, multiline)) {
			violations.add(Violation.of(field, Rule.SAFE_TEXT));
		}
	}

	/**
	 * Text a person typed: no control characters (but line breaks and tabs in multiline
	 * text), no invisible direction marks.
	 */
	public static boolean isSafe(String value, boolean multiline) {
		return value.codePoints().allMatch((c) -> allowed(c, multiline));
	}

	private static boolean allowed(int c, boolean multiline) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return multiline;
		}
		if (Character.getType(c) == Character.CONTROL) {
			return false;
		}
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
			return false;
		}
		return Character.getType(c) != Character.FORMAT || c == 0x00AD;
	}

	private static Violation firstBrokenRule(AppointmentDraft draft, Appointment current,
			Collection<Appointment> others, Instant now) {
		Instant start = draft.startAt();
		Instant end = draft.endAt();
		AppointmentStatus from = (current != null) ? current.status() : null;
		AppointmentStatus target = (draft.status() != null) ? draft.status()
				: (from != null) ? from : AppointmentStatus.PLANNED;
		if (current == null && target != AppointmentStatus.PLANNED) {
			return Violation.of("status", Rule.NEW_STATUS);
		}
		if (!end.isAfter(start)) {
			return Violation.of("endAt", Rule.END_BEFORE_START);
		}
		if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
			return Violation.of("endAt", Rule.TOO_LONG);
		}
		if (start.isBefore(EARLIEST_START) || start.isAfter(now.plus(MAX_AHEAD))) {
			return Violation.of("startAt", Rule.DATE_RANGE);
		}
		if (current != null && from != target) {
			if (!from.mayBecome(target)) {
				return Violation.of("status", Rule.STATUS_CHANGE, from, target);
			}
			if (target == AppointmentStatus.DONE && start.isAfter(now)) {
				return Violation.of("status", Rule.DONE_BEFORE_START);
			}
		}
		boolean reinstated = from == AppointmentStatus.CANCELLED && target == AppointmentStatus.PLANNED;
		boolean moved = current == null || !current.startAt().equals(start);
		if (target == AppointmentStatus.PLANNED && (reinstated || moved) && start.isBefore(now)) {
			return Violation.of("startAt", Rule.IN_PAST);
		}
		if (target != AppointmentStatus.CANCELLED) {
			for (Appointment other : others) {
				boolean self = current != null && other.id() == current.id();
				if (!self && other.status() != AppointmentStatus.CANCELLED && other.startAt().isBefore(end)
						&& other.endAt().isAfter(start)) {
					return Violation.of("startAt", Rule.OVERLAP, other.id());
				}
			}
		}
		return null;
	}

}
