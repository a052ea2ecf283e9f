package fr.infotools.reporting;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTests {

	@Test
	void ratesHaveFourDecimalsAndNoWholeMeansZero() {
		assertThat(Statistics.rate(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("0.3333");
		assertThat(Statistics.rate(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("0.6667");
		assertThat(Statistics.rate(new BigDecimal("5"), BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

}
