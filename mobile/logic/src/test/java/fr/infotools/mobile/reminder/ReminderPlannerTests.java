package fr.infotools.mobile.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.time.AgendaTime;

import static fr.infotools.mobile.Fixtures.NOW;
import static fr.infotools.mobile.Fixtures.appointment;
import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlannerTests {

	private final Appointment tomorrow = appointment(1, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z");

	@Test
	void aReminderRingsThirtyMinutesBeforeByDefault() {
		Reminder reminder = ReminderPlanner.reminderOf(this.tomorrow, ReminderDelay.DEFAULT, NOW);
		assertThat(reminder.triggerAt()).isEqualTo(Instant.parse("2026-03-31T07:30:00Z"));
		assertThat(reminder.subject()).isEqualTo("Étude du besoin");
		assertThat(reminder.customerName()).isEqualTo("Transports Mercier");
		assertThat(reminder.place()).isEqualTo("12 rue de la Paix, Paris");
		assertThat(reminder.startAt()).isEqualTo(this.tomorrow.startAt());
	}

	@Test
	void theDelayIsFifteenThirtyOrSixtyMinutes() {
		assertThat(ReminderPlanner.reminderOf(this.tomorrow, ReminderDelay.ofMinutes(15), NOW).triggerAt())
			.isEqualTo(Instant.parse("2026-03-31T07:45:00Z"));
		assertThat(ReminderPlanner.reminderOf(this.tomorrow, ReminderDelay.ofMinutes(60), NOW).triggerAt())
			.isEqualTo(Instant.parse("2026-03-31T07:00:00Z"));
		assertThat(ReminderDelay.ofMinutes(20)).isEqualTo(ReminderDelay.MINUTES_30);
		assertThat(ReminderDelay.MINUTES_60.duration()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void noReminderOnceItsTimeHasPassedNorForCancelledOrDoneAppointments() {
		Appointment soon = appointment(2, "2026-03-30T06:20:00Z", "2026-03-30T07:00:00Z");
		assertThat(ReminderPlanner.reminderOf(soon, ReminderDelay.MINUTES_30, NOW)).isNull();
		assertThat(ReminderPlanner.reminderOf(soon, ReminderDelay.MINUTES_15, NOW)).isNotNull();
		Appointment exactlyNow = appointment(3, "2026-03-30T06:30:00Z", "2026-03-30T07:00:00Z");
		assertThat(ReminderPlanner.reminderOf(exactlyNow, ReminderDelay.MINUTES_30, NOW)).isNull();
		assertThat(ReminderPlanner.reminderOf(
				appointment(4, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z", AppointmentStatus.CANCELLED),
				ReminderDelay.MINUTES_30, NOW))
			.isNull();
	}

	@Test
	void aReminderIsRealTimeBeforeTheStartEvenAcrossTheSpringGap() {
		AgendaTime paris = new AgendaTime(AgendaTime.PARIS);
		LocalDate springForward = LocalDate.of(2026, 3, 29);
		Instant start = paris.instantOf(springForward, LocalTime.of(3, 15));
		Appointment early = new Appointment(5, 9, "Transports Mercier", null, null, start, start.plusSeconds(3600),
				null, "Livraison", null, AppointmentStatus.PLANNED, 0);
		Reminder reminder = ReminderPlanner.reminderOf(early, ReminderDelay.MINUTES_60,
				Instant.parse("2026-03-28T12:00:00Z"));
		assertThat(Duration.between(reminder.triggerAt(), start)).isEqualTo(Duration.ofMinutes(60));
		assertThat(paris.timeOf(reminder.triggerAt())).isEqualTo(LocalTime.of(1, 15));
	}

	@Test
	void aReminderInTheAutumnOverlapRingsOnceAtTheRightInstant() {
		AgendaTime paris = new AgendaTime(AgendaTime.PARIS);
		// 03:00 winter time on 25 October 2026, 30 minutes before is 02:30 winter time
		// (the second 02:30)
		Instant start = Instant.parse("2026-10-25T02:00:00Z");
		Appointment early = new Appointment(6, 9, "Transports Mercier", null, null, start, start.plusSeconds(3600),
				null, "Inventaire", null, AppointmentStatus.PLANNED, 0);
		Reminder reminder = ReminderPlanner.reminderOf(early, ReminderDelay.MINUTES_30,
				Instant.parse("2026-10-24T12:00:00Z"));
		assertThat(reminder.triggerAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
		assertThat(paris.formatTime(reminder.triggerAt())).isEqualTo("02:30");
		assertThat(paris.formatTime(start)).isEqualTo("03:00");
	}

	@Test
	void aPlanSchedulesNewRemindersMovesChangedOnesAndCancelsTheRest() {
		Appointment unchanged = appointment(1, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z");
		Appointment moved = appointment(2, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z");
		Appointment renamed = appointment(3, "2026-04-02T08:00:00Z", "2026-04-02T09:00:00Z");
		Appointment cancelled = appointment(4, "2026-04-03T08:00:00Z", "2026-04-03T09:00:00Z",
				AppointmentStatus.CANCELLED);
		Appointment added = appointment(6, "2026-04-04T08:00:00Z", "2026-04-04T09:00:00Z");
		Map<Long, Reminder> scheduled = new LinkedHashMap<>();
		scheduled.put(1L, Reminder.of(unchanged, ReminderDelay.MINUTES_30));
		scheduled.put(2L,
				Reminder.of(appointment(2, "2026-04-01T07:00:00Z", "2026-04-01T09:00:00Z"), ReminderDelay.MINUTES_30));
		scheduled.put(3L, Reminder.of(renamed, ReminderDelay.MINUTES_30));
		scheduled.put(4L,
				Reminder.of(appointment(4, "2026-04-03T08:00:00Z", "2026-04-03T09:00:00Z"), ReminderDelay.MINUTES_30));
		scheduled.put(5L,
				Reminder.of(appointment(5, "2026-04-05T08:00:00Z", "2026-04-05T09:00:00Z"), ReminderDelay.MINUTES_30));
		Appointment renamedNow = renamed.with(renamed.toDraft(), "Mercier SA", renamed.contactName());

		ReminderPlan plan = ReminderPlanner.plan(scheduled,
				Arrays.asList(unchanged, moved, renamedNow, cancelled, added), ReminderDelay.MINUTES_30, NOW);

		assertThat(plan.schedule()).extracting(Reminder::appointmentId).containsExactly(6L);
		assertThat(plan.move()).extracting(Reminder::appointmentId).containsExactly(2L, 3L);
		assertThat(plan.move().get(0).triggerAt()).isEqualTo(Instant.parse("2026-04-01T07:30:00Z"));
		assertThat(plan.cancel()).containsExactly(4L, 5L);
		assertThat(plan.result()).containsOnlyKeys(1L, 2L, 3L, 6L);
		assertThat(plan.isEmpty()).isFalse();
	}

	@Test
	void aChangeOfDelayMovesEveryReminder() {
		Map<Long, Reminder> scheduled = Collections.singletonMap(1L,
				Reminder.of(this.tomorrow, ReminderDelay.MINUTES_30));
		ReminderPlan plan = ReminderPlanner.plan(scheduled, Collections.singletonList(this.tomorrow),
				ReminderDelay.MINUTES_60, NOW);
		assertThat(plan.move()).extracting(Reminder::triggerAt).containsExactly(Instant.parse("2026-03-31T07:00:00Z"));
		assertThat(ReminderPlanner
			.plan(plan.result(), Collections.singletonList(this.tomorrow), ReminderDelay.MINUTES_60, NOW)
			.isEmpty()).isTrue();
	}

}
