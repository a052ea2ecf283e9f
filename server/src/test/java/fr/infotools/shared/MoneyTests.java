package fr.infotools.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void keepsTwoDecimalsRoundingHalfUp() {
		assertThat(Money.euros("10.005").amount()).isEqualByComparingTo("10.01");
		assertThat(Money.euros("10.004").amount()).isEqualByComparingTo("10.00");
		assertThat(Money.euros("7").amount().scale()).isEqualTo(2);
	}

	@Test
	void computesPercentagesToTheCent() {
		assertThat(Money.euros("19.99").percent(new BigDecimal("20"))).isEqualTo(Money.euros("4.00"));
		assertThat(Money.euros("10.05").percent(new BigDecimal("5.5"))).isEqualTo(Money.euros("0.55"));
		assertThat(Money.euros("0.10").percent(new BigDecimal("2.1"))).isEqualTo(Money.euros("0.00"));
	}

	@Test
	void adds_subtracts_multiplies_and_compares() {
		Money price = Money.euros("12.34");
		assertThat(price.plus(Money.euros("0.66"))).isEqualTo(Money.euros("13.00"));
		assertThat(price.minus(Money.euros("20"))).isEqualTo(Money.euros("-7.66"));
		assertThat(price.minus(Money.euros("20")).isNegative()).isTrue();
		assertThat(price.times(3)).isEqualTo(Money.euros("37.02"));
		assertThat(price.negate()).isEqualTo(Money.euros("-12.34"));
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(price).isGreaterThan(Money.euros("12.33"));
		assertThat(price).hasToString("12.34 EUR");
	}

	@Test
	void refusesAMissingAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(null));
	}

	@Test
	void vatRatesAreTheFrenchOnes() {
		assertThat(VatRate.ofPercent(new BigDecimal("5.5"))).isEqualTo(VatRate.REDUCED);
		assertThat(VatRate.ofPercent(new BigDecimal("20.00"))).isEqualTo(VatRate.STANDARD);
		assertThat(VatRate.SPECIAL.vatOn(Money.euros("100"))).isEqualTo(Money.euros("2.10"));
		assertThatIllegalArgumentException().isThrownBy(() -> VatRate.ofPercent(new BigDecimal("19.6")));
		VatRateConverter converter = new VatRateConverter();
		assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(VatRate.INTERMEDIATE)))
			.isEqualTo(VatRate.INTERMEDIATE);
		assertThat(converter.convertToDatabaseColumn(null)).isNull();
		MoneyConverter money = new MoneyConverter();
		assertThat(money.convertToEntityAttribute(new BigDecimal("1.5"))).isEqualTo(Money.euros("1.50"));
		assertThat(money.convertToDatabaseColumn(null)).isNull();
	}

}
