package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.infotools.shared.Money;

/**
 * Numbers, amounts and dates written the French way: {@code 1 234,56 €}, {@code 5,5 %},
 * {@code 10/03/2026}. Groups of digits and units are separated by a no-break space
 * (U+00A0), which every PDF standard font can draw, so that an amount is never split over
 * two lines.
 */
final class FrenchFormat {

	static final char NBSP = '\u00A0';

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

	private FrenchFormat() {
	}

	/** {@code 1 234,56 €}; negative amounts with a leading minus sign. */
	static String euros(Money money) {
		return amount(money.amount()) + NBSP + "€";
	}

	/** {@code 1 234,56}. */
	static String amount(BigDecimal amount) {
		return format("#,##0.00", amount);
	}

	/** {@code 20 %}, {@code 5,5 %}, {@code 12,25 %}: only the decimals that count. */
	static String percent(BigDecimal percent) {
		return format("#,##0.##", percent) + NBSP + "%";
	}

	/** {@code 1 500}: a whole number (a quantity). */
	static String integer(long value) {
		return format("#,##0", BigDecimal.valueOf(value));
	}

	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

	private static String format(String pattern, BigDecimal value) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRENCH);
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator(NBSP);
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(value);
	}

}
