package fr.infotools.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.infotools.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The rules of appointments and requests that need no database: status changes, the
 * periods lists cover, free slots, requesters' names, rejection reasons.
 */
class AppointmentRulesTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Wednesday 25 March 2026, 11:00 in Paris; summer time starts on Sunday the 29th. */
	private static final Instant NOW = Instant.parse("2026-03-25T10:00:00Z");

	@Test
	void aPlannedAppointmentIsDoneOnceStartedOrCancelled() {
		Instant started = NOW.minusSeconds(60);
		Appointment.checkStatusChange(AppointmentStatus.PLANNED, AppointmentStatus.DONE, started, NOW);
		Appointment.checkStatusChange(AppointmentStatus.PLANNED, AppointmentStatus.DONE, NOW, NOW);
		Appointment.checkStatusChange(AppointmentStatus.PLANNED, AppointmentStatus.CANCELLED, NOW.plusSeconds(60), NOW);
		assertRule(() -> Appointment.checkStatusChange(AppointmentStatus.PLANNED, AppointmentStatus.DONE,
				NOW.plusSeconds(60), NOW), "appointment.done-before-start", "status");
	}

	@Test
	void aCancelledAppointmentMayBePlannedAgainAndADoneOneStaysDone() {
		Instant start = NOW.minusSeconds(3600);
		Appointment.checkStatusChange(AppointmentStatus.CANCELLED, AppointmentStatus.PLANNED, start, NOW);
		assertRule(() -> Appointment.checkStatusChange(AppointmentStatus.CANCELLED, AppointmentStatus.DONE, start, NOW),
				"appointment.status-change", "status");
		assertRule(() -> Appointment.checkStatusChange(AppointmentStatus.DONE, AppointmentStatus.PLANNED, start, NOW),
				"appointment.status-change", "status");
		assertRule(() -> Appointment.checkStatusChange(AppointmentStatus.DONE, AppointmentStatus.CANCELLED, start, NOW),
				"appointment.status-change", "status");
		for (AppointmentStatus status : AppointmentStatus.values()) {
			assertThatNoException()
				.isThrownBy(() -> Appointment.checkStatusChange(status, status, NOW.plusSeconds(60), NOW));
		}
	}

	@Test
	void theEntityGuardsItsStatus() {
		Appointment appointment = new Appointment(7,
				new AppointmentDetails(3, null, NOW.plusSeconds(3600), NOW.plusSeconds(7200), null, "Démo", null),
				null);
		assertRule(() -> appointment.changeStatus(AppointmentStatus.DONE, NOW), "appointment.done-before-start",
				"status");
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
		appointment.changeStatus(AppointmentStatus.CANCELLED, NOW);
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
		appointment.changeStatus(AppointmentStatus.PLANNED, NOW);
		appointment.changeStatus(AppointmentStatus.DONE, NOW.plusSeconds(3600));
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.DONE);
		assertThat(appointment.startsOtherwiseThan(NOW.plusSeconds(3600))).isFalse();
		assertThat(appointment.startsOtherwiseThan(NOW.plusSeconds(3600).plusNanos(1))).isFalse();
		assertThat(appointment.startsOtherwiseThan(NOW.plusSeconds(3601))).isTrue();
	}

	@Test
	void anAppointmentStartsThisCenturyAndAtMostFiveYearsAhead() {
		Appointment.checkStartRange(NOW, NOW);
		Appointment.checkStartRange(Instant.parse("2000-01-01T00:00:00Z"), NOW);
		Appointment.checkStartRange(NOW.plus(Appointment.MAX_AHEAD), NOW);
		assertRule(() -> Appointment.checkStartRange(Instant.parse("1999-12-31T23:59:59Z"), NOW),
				"appointment.date-range", "startAt");
		assertRule(() -> Appointment.checkStartRange(NOW.plus(Appointment.MAX_AHEAD).plusSeconds(1), NOW),
				"appointment.date-range", "startAt");
	}

	@Test
	void withoutBoundsAListCoversTheCurrentParisWeek() {
		Period week = Period.of(null, null, NOW);
		assertThat(week.from()).isEqualTo(LocalDate.of(2026, 3, 23).atStartOfDay(PARIS).toInstant());
		assertThat(week.to()).isEqualTo(LocalDate.of(2026, 3, 30).atStartOfDay(PARIS).toInstant());
		assertThat(Duration.between(week.from(), week.to())).isEqualTo(Duration.ofDays(7).minusHours(1));
		Instant sundayNight = LocalDate.of(2026, 3, 29).atTime(23, 30).atZone(PARIS).toInstant();
		assertThat(Period.of(null, null, sundayNight).from()).isEqualTo(week.from());
		Instant mondayMidnight = LocalDate.of(2026, 3, 30).atStartOfDay(PARIS).toInstant();
		assertThat(Period.of(null, null, mondayMidnight).from()).isEqualTo(mondayMidnight);
	}

	@Test
	void oneBoundMakesAWeekAndBothMustBeOrderedWithinLimits() {
		Instant from = Instant.parse("2026-06-01T00:00:00Z");
		assertThat(Period.of(from, null, NOW)).isEqualTo(new Period(from, from.plus(Duration.ofDays(7))));
		assertThat(Period.of(null, from, NOW)).isEqualTo(new Period(from.minus(Duration.ofDays(7)), from));
		assertThat(Period.of(from, from.plus(Duration.ofDays(370)), NOW).to())
			.isEqualTo(from.plus(Duration.ofDays(370)));
		assertRule(() -> Period.of(from, from, NOW), "appointment.period-order", "to");
		assertRule(() -> Period.of(from, from.minusSeconds(1), NOW), "appointment.period-order", "to");
		assertRule(() -> Period.of(from, from.plus(Duration.ofDays(370)).plusSeconds(1), NOW),
				"appointment.period-too-long", "to");
	}

	@Test
	void aCalendarFeedCoversThreeMonthsBackAndTwelveAhead() {
		Period feed = Period.calendarAround(NOW);
		assertThat(feed.from()).isEqualTo(NOW.atZone(PARIS).minusMonths(3).toInstant());
		assertThat(feed.to()).isEqualTo(NOW.atZone(PARIS).plusMonths(12).toInstant());
	}

	@Test
	void aWorkingDayHasNineOneHourSlotsInParisTime() {
		LocalDate summerStart = LocalDate.of(2026, 3, 29);
		List<TimeSlot> slots = TimeSlot.workingHours(summerStart);
		assertThat(slots).hasSize(9);
		assertThat(slots.get(0).startAt()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
		assertThat(slots.get(8).endAt()).isEqualTo(Instant.parse("2026-03-29T16:00:00Z"));
		assertThat(slots).allSatisfy(
				(slot) -> assertThat(Duration.between(slot.startAt(), slot.endAt())).isEqualTo(Duration.ofHours(1)));
		assertThat(TimeSlot.workingHours(LocalDate.of(2026, 3, 27)).get(0).startAt())
			.isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
	}

	@Test
	void freeSlotsAvoidBusyPeriodsAndThePast() {
		LocalDate day = LocalDate.of(2026, 3, 26);
		Instant ten = day.atTime(10, 0).atZone(PARIS).toInstant();
		List<TimeSlot> busy = List.of(new TimeSlot(ten, ten.plus(Duration.ofMinutes(90))),
				new TimeSlot(ten.plus(Duration.ofHours(5)), ten.plus(Duration.ofHours(6))));
		List<TimeSlot> free = TimeSlot.free(day, busy, NOW);
		assertThat(free).extracting((slot) -> slot.startAt().atZone(PARIS).getHour())
			.containsExactly(9, 12, 13, 14, 16, 17);
		Instant afterLunch = day.atTime(13, 30).atZone(PARIS).toInstant();
		assertThat(TimeSlot.free(day, busy, afterLunch)).extracting((slot) -> slot.startAt().atZone(PARIS).getHour())
			.containsExactly(14, 16, 17);
		assertThat(TimeSlot.free(day, List.of(), day.plusDays(1).atStartOfDay(PARIS).toInstant())).isEmpty();
		assertThat(new TimeSlot(ten, ten.plusSeconds(3600))
			.overlaps(new TimeSlot(ten.plusSeconds(3600), ten.plusSeconds(7200)))).isFalse();
	}

	@Test
	void aRequestersNameSplitsIntoFirstAndLastName() {
		assertThat(PersonName.split("Anne Roy")).isEqualTo(new PersonName("Anne", "Roy"));
		assertThat(PersonName.split("  Jean-Pierre   de la  Fontaine "))
			.isEqualTo(new PersonName("Jean-Pierre", "de la Fontaine"));
		assertThat(PersonName.split("Madonna")).isEqualTo(new PersonName("", "Madonna"));
		PersonName longName = PersonName.split("A " + "b".repeat(100));
		assertThat(longName.lastName()).hasSize(PersonName.MAX_PART);
	}

	@Test
	void aRejectionNeedsAShortReason() {
		AppointmentRequest request = new AppointmentRequest(
				new RequestDetails("Anne Roy", null, "anne@roy.fr", null, "Devis", null, null, null, true));
		assertThat(request.isDecided()).isFalse();
		assertRule(() -> request.reject(1L, " ", NOW), "request.reason-required", "reason");
		assertRule(() -> request.reject(1L, null, NOW), "request.reason-required", "reason");
		assertRule(() -> request.reject(1L, "x".repeat(AppointmentRequest.MAX_REASON + 1), NOW),
				"request.reason-too-long", "reason");
		assertThat(request.isDecided()).isFalse();
		request.reject(1L, "  Hors zone  ", NOW);
		assertThat(request.isDecided()).isTrue();
		assertThat(request.getRejectionReason()).isEqualTo("Hors zone");
		assertThat(request.getDecidedAt()).isEqualTo(NOW);
	}

	private static void assertRule(Runnable call, String code, String field) {
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(call::run).satisfies((ex) -> {
			assertThat(ex.getCode()).isEqualTo(code);
			assertThat(ex.getField()).isEqualTo(field);
		});
	}

}
