package fr.infotools.mobile.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/**
 * The agenda's clock face: the server keeps instants (UTC), the rep reads and types days
 * and hours of the phone's time zone (Europe/Paris for the company). A day is not always
 * 24 hours long, and an hour typed may not exist (the spring-forward gap) or exist twice
 * (the autumn overlap).
 */
public final class AgendaTime {

	/** The company's time zone. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final ZoneId zone;

	public AgendaTime(ZoneId zone) {
		this.zone = zone;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The day in this time zone, from its first instant to the next day's. */
	public Day day(LocalDate date) {
		return new Day(date, date.atStartOfDay(this.zone).toInstant(),
				date.plusDays(1).atStartOfDay(this.zone).toInstant());
	}

	public LocalDate dateOf(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

	public LocalTime timeOf(Instant instant) {
		return instant.atZone(this.zone).toLocalTime();
	}

	/**
	 * The instant of a day and hour as the rep typed them. An hour of the spring-forward
	 * gap is moved forward by the length of the gap (02:30 becomes 03:30 in Paris); an
	 * hour that happens twice in autumn is the first one (summer time).
	 */
	public Instant instantOf(LocalDate date, LocalTime time) {
		return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), this.zone, null).toInstant();
	}

	/** Whether the clocks skip this hour of that day (it does not exist there). */
	public boolean isSkipped(LocalDate date, LocalTime time) {
		LocalDateTime local = LocalDateTime.of(date, time);
		return this.zone.getRules().getValidOffsets(local).isEmpty();
	}

	/** Whether this hour of that day happens twice (clocks turned back). */
	public boolean isAmbiguous(LocalDate date, LocalTime time) {
		return this.zone.getRules().getValidOffsets(LocalDateTime.of(date, time)).size() > 1;
	}

	/** The next change of the clocks after the instant, if the zone has one. */
	public ZoneOffsetTransition nextTransition(Instant after) {
		return this.zone.getRules().nextTransition(after);
	}

	/** "14:30". */
	public String formatTime(Instant instant) {
		return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(instant.atZone(this.zone));
	}

	/** "lundi 30 mars 2026" / "Monday 30 March 2026". */
	public String formatDay(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
	}

	/** "14:30 – 16:00". */
	public String formatSlot(Instant start, Instant end) {
		return formatTime(start) + " – " + formatTime(end);
	}

	/** The minutes of wall-clock time between two instants, as the rep sees them. */
	public long wallClockMinutes(Instant from, Instant to) {
		return Duration.between(from.atZone(this.zone).toLocalDateTime(), to.atZone(this.zone).toLocalDateTime())
			.toMinutes();
	}

	/**
	 * A day of the agenda: its first instant included, the next day's excluded.
	 */
	public record Day(LocalDate date, Instant start, Instant end) {

		public boolean contains(Instant instant) {
			return !instant.isBefore(this.start) && instant.isBefore(this.end);
		}

		/** 24 hours, or 23 and 25 on the days the clocks change. */
		public Duration length() {
			return Duration.between(this.start, this.end);
		}

	}

}
