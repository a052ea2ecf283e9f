package fr.infotools.shared;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The VAT rates that apply in metropolitan France and Corsica/DOM to what Info-Tools
 * sells.
 */
public enum VatRate {

	/** Taux normal. */
	STANDARD("20.00"),

	/** Taux intermédiaire. */
	INTERMEDIATE("10.00"),

	/** Taux réduit. */
	REDUCED("5.50"),

	/** Taux particulier. */
	SPECIAL("2.10"),

	/** Exonéré / autoliquidation. */
	ZERO("0.00");

	private final BigDecimal percent;

	VatRate(String percent) {
		this.percent = new BigDecimal(percent);
	}

	public BigDecimal percent() {
		return this.percent;
	}

	/** The VAT on a base amount, rounded half-up to the cent. */
	public Money vatOn(Money base) {
		return base.percent(this.percent);
	}

	public static VatRate ofPercent(BigDecimal percent) {
		return Arrays.stream(values())
			.filter((rate) -> rate.percent.compareTo(percent) == 0)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a French VAT rate: " + percent));
	}

}
