package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.infotools.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts, rates and dates as a French invoice prints them (no-break spaces shown as
 * {@code _}).
 */
class FrenchFormatTests {

	@Test
	void amountsGroupThousandsWithASpaceAndUseADecimalComma() {
		assertThat(shown(FrenchFormat.euros(Money.euros("1234.56")))).isEqualTo("1_234,56_€");
		assertThat(shown(FrenchFormat.euros(Money.euros("1234567.8")))).isEqualTo("1_234_567,80_€");
		assertThat(shown(FrenchFormat.euros(Money.euros("0.5")))).isEqualTo("0,50_€");
		assertThat(shown(FrenchFormat.euros(Money.euros("-40")))).isEqualTo("-40,00_€");
		assertThat(shown(FrenchFormat.amount(new BigDecimal("999.999")))).isEqualTo("1_000,00");
	}

	@Test
	void ratesShowOnlyTheDecimalsThatCount() {
		assertThat(shown(FrenchFormat.percent(new BigDecimal("20.00")))).isEqualTo("20_%");
		assertThat(shown(FrenchFormat.percent(new BigDecimal("5.50")))).isEqualTo("5,5_%");
		assertThat(shown(FrenchFormat.percent(new BigDecimal("12.25")))).isEqualTo("12,25_%");
	}

	@Test
	void wholeNumbersAndDates() {
		assertThat(shown(FrenchFormat.integer(1500))).isEqualTo("1_500");
		assertThat(FrenchFormat.date(LocalDate.of(2026, 3, 9))).isEqualTo("09/03/2026");
		assertThat(FrenchFormat.date(null)).isEqualTo("—");
	}

	private static String shown(String text) {
		return text.replace(FrenchFormat.NBSP, '_');
	}

}
