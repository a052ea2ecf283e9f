package fr.infotools.mobile.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaTimeTests {

	private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);

	private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

	private final AgendaTime paris = new AgendaTime(AgendaTime.PARIS);

	@Test
	void aParisDayLastsTwentyFourHoursButOnTheDaysTheClocksChange() {
		assertThat(this.paris.day(LocalDate.of(2026, 3, 30)).length()).isEqualTo(Duration.ofHours(24));
		assertThat(this.paris.day(SPRING_FORWARD).length()).isEqualTo(Duration.ofHours(23));
		assertThat(this.paris.day(FALL_BACK).length()).isEqualTo(Duration.ofHours(25));
		AgendaTime.Day day = this.paris.day(SPRING_FORWARD);
		assertThat(day.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
		assertThat(day.end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
		assertThat(day.contains(day.start())).isTrue();
		assertThat(day.contains(day.end())).isFalse();
		assertThat(day.contains(day.start().minusNanos(1))).isFalse();
	}

	@Test
	void anHourInTheSpringGapMovesForward() {
		LocalTime halfPastTwo = LocalTime.of(2, 30);
		assertThat(this.paris.isSkipped(SPRING_FORWARD, halfPastTwo)).isTrue();
		assertThat(this.paris.isSkipped(SPRING_FORWARD, LocalTime.of(3, 0))).isFalse();
		Instant typed = this.paris.instantOf(SPRING_FORWARD, halfPastTwo);
		assertThat(typed).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(this.paris.timeOf(typed)).isEqualTo(LocalTime.of(3, 30));
	}

	@Test
	void anHourThatHappensTwiceIsTheFirstOne() {
		LocalTime halfPastTwo = LocalTime.of(2, 30);
		assertThat(this.paris.isAmbiguous(FALL_BACK, halfPastTwo)).isTrue();
		assertThat(this.paris.isAmbiguous(FALL_BACK, LocalTime.of(3, 30))).isFalse();
		assertThat(this.paris.instantOf(FALL_BACK, halfPastTwo)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void wallClockAndElapsedTimeDifferAcrossAChange() {
		Instant before = this.paris.instantOf(SPRING_FORWARD, LocalTime.of(1, 30));
		Instant after = this.paris.instantOf(SPRING_FORWARD, LocalTime.of(3, 30));
		assertThat(Duration.between(before, after)).isEqualTo(Duration.ofHours(1));
		assertThat(this.paris.wallClockMinutes(before, after)).isEqualTo(120);
		assertThat(this.paris.nextTransition(Instant.parse("2026-03-01T00:00:00Z")).getInstant())
			.isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
	}

	@Test
	void datesAndHoursAreShownInTheZoneAndLanguage() {
		Instant start = Instant.parse("2026-03-30T12:30:00Z");
		assertThat(this.paris.formatTime(start)).isEqualTo("14:30");
		assertThat(this.paris.formatSlot(start, start.plusSeconds(5400))).isEqualTo("14:30 – 16:00");
		assertThat(this.paris.dateOf(Instant.parse("2026-03-29T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(this.paris.formatDay(LocalDate.of(2026, 3, 30), Locale.FRENCH)).isEqualTo("lundi 30 mars 2026");
		assertThat(this.paris.formatDay(LocalDate.of(2026, 3, 30), Locale.ENGLISH)).isEqualTo("Monday 30 March 2026");
		AgendaTime reunion = new AgendaTime(ZoneId.of("Indian/Reunion"));
		assertThat(reunion.formatTime(start)).isEqualTo("16:30");
		assertThat(reunion.zone()).isEqualTo(ZoneId.of("Indian/Reunion"));
	}

}
