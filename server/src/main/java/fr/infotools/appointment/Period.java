package fr.infotools.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import fr.infotools.shared.BusinessRuleException;

/**
 * A bounded stretch of time, {@code from} included and {@code to} excluded, as the lists
 * of appointments read it. Weeks and months are those of Europe/Paris.
 */
record Period(Instant from, Instant to) {

	/** The time zone of the company: days, weeks and working hours are Paris ones. */
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The longest period a list covers. */
	static final int MAX_DAYS = 370;

	/**
	 * The period asked for: without bounds the current week (Monday to Monday), with one
	 * bound the week that starts or ends there.
	 * @throws BusinessRuleException naming {@code to} when it does not come after
	 * {@code from} or the period is longer than {@value #MAX_DAYS} days
	 */
	static Period of(Instant from, Instant to, Instant now) {
		Instant start = from;
		Instant end = to;
		if (start == null && end == null) {
			ZonedDateTime monday = now.atZone(PARIS)
				.toLocalDate()
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.atStartOfDay(PARIS);
			start = monday.toInstant();
			end = monday.plusWeeks(1).toInstant();
		}
		else if (start == null) {
			start = end.atZone(PARIS).minusWeeks(1).toInstant();
		}
		else if (end == null) {
			end = start.atZone(PARIS).plusWeeks(1).toInstant();
		}
		if (!end.isAfter(start)) {
			throw new BusinessRuleException("appointment.period-order", "to");
		}
		if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
			throw new BusinessRuleException("appointment.period-too-long", "to", MAX_DAYS);
		}
		return new Period(start, end);
	}

	/** What a personal calendar feed covers: three months back to twelve months ahead. */
	static Period calendarAround(Instant now) {
		ZonedDateTime here = now.atZone(PARIS);
		return new Period(here.minusMonths(3).toInstant(), here.plusMonths(12).toInstant());
	}

}
