package fr.infotools.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in euros, always held with two decimals. Rounding is half-up to the cent, the
 * rule used for every computed amount (see docs/invoicing.md).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("amount is required");
		}
		amount = amount.setScale(2, RoundingMode.HALF_UP);
	}

	public static Money euros(String amount) {
		return new Money(new BigDecimal(amount));
	}

	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	public Money times(long quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)));
	}

	/** This amount times {@code percent} / 100, rounded half-up to the cent. */
	public Money percent(BigDecimal percent) {
		return new Money(this.amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
	}

	public Money negate() {
		return new Money(this.amount.negate());
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " EUR";
	}

}
