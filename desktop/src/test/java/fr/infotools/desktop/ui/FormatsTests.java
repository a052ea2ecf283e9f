package fr.infotools.desktop.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTests {

	private final Formats french = new Formats(Locale.FRENCH);

	@Test
	void amountsTheFrenchWay() {
		assertThat(this.french.money(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50\u00a0€");
		assertThat(this.french.rate(new BigDecimal("0.2345"))).isEqualTo("23,45\u00a0%");
		assertThat(this.french.percent(new BigDecimal("5.50"))).isEqualTo("5,5\u00a0%");
		assertThat(this.french.money(null)).isEmpty();
		assertThat(new Formats(Locale.ENGLISH).money(new BigDecimal("1234.5"))).isEqualTo("1,234.50\u00a0€");
	}

	@Test
	void readsNumbersAsPeopleTypeThem() {
		assertThat(this.french.parseDecimal("1 234,50 €")).isEqualByComparingTo("1234.50");
		assertThat(this.french.parseDecimal("1234.5")).isEqualByComparingTo("1234.5");
		assertThat(this.french.parseDecimal("+5")).isEqualByComparingTo("5");
		assertThat(this.french.parseDecimal("-2")).isEqualByComparingTo("-2");
		assertThat(this.french.parseDecimal(" ")).isNull();
		assertThatThrownBy(() -> this.french.parseDecimal("douze")).isInstanceOf(NumberFormatException.class);
		assertThat(this.french.parseInteger("3")).isEqualTo(3);
		assertThatThrownBy(() -> this.french.parseInteger("1,5")).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void readsTimesAsPeopleTypeThem() {
		assertThat(this.french.parseTime("9:30")).isEqualTo(LocalTime.of(9, 30));
		assertThat(this.french.parseTime("14h")).isEqualTo(LocalTime.of(14, 0));
		assertThat(this.french.parseTime("08h15")).isEqualTo(LocalTime.of(8, 15));
		assertThat(this.french.parseTime("17")).isEqualTo(LocalTime.of(17, 0));
	}

	@Test
	void showsTimesInParis() {
		Instant winter = Instant.parse("2026-11-30T09:00:00Z");
		assertThat(this.french.dateTime(winter)).isEqualTo("30/11/2026 10:00");
		assertThat(Formats.at(LocalDate.of(2026, 7, 1), LocalTime.of(9, 0)))
			.isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
		assertThat(this.french.dayHeader(LocalDate.of(2026, 11, 30))).isEqualTo("lundi 30 novembre 2026");
	}

}
