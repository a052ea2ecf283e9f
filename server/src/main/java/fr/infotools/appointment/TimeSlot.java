package fr.infotools.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of a rep's day, start included and end excluded.
 */
public record TimeSlot(Instant startAt, Instant endAt) {

	/**
	 * Working hours, in Paris time: the first slot starts at 9:00, the last ends at
	 * 18:00.
	 */
	static final LocalTime OPENING = LocalTime.of(9, 0);

	static final LocalTime CLOSING = LocalTime.of(18, 0);

	public boolean overlaps(TimeSlot other) {
		return this.startAt.isBefore(other.endAt) && this.endAt.isAfter(other.startAt);
	}

	/** The one-hour slots of a working day, 9:00 to 18:00 Paris time. */
	static List<TimeSlot> workingHours(LocalDate day) {
		List<TimeSlot> slots = new ArrayList<>();
		for (LocalTime hour = OPENING; hour.isBefore(CLOSING); hour = hour.plusHours(1)) {
			slots.add(new TimeSlot(day.atTime(hour).atZone(Period.PARIS).toInstant(),
					day.atTime(hour.plusHours(1)).atZone(Period.PARIS).toInstant()));
		}
		return slots;
	}

	/**
	 * The working-hour slots of the day that are still ahead at {@code now} and overlap
	 * none of the busy periods.
	 */
	static List<TimeSlot> free(LocalDate day, List<TimeSlot> busy, Instant now) {
		return workingHours(day).stream()
			.filter((slot) -> !slot.startAt.isBefore(now))
			.filter((slot) -> busy.stream().noneMatch(slot::overlaps))
			.toList();
	}

}
