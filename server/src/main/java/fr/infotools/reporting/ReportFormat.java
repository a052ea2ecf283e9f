package fr.infotools.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Figures written the French way in the report: {@code 1 234,56 €}, {@code 23,45 %},
 * {@code 01/03/2026}, {@code mars 2026}. Digit groups and units are separated by a
 * no-break space, so that a figure never breaks over two lines.
 */
final class ReportFormat {

	static final char NBSP = '\u00A0';

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

	private ReportFormat() {
	}

	/** {@code 1 234,56 €}. */
	static String euros(BigDecimal amount) {
		return format("#,##0.00", amount) + NBSP + "€";
	}

	/** {@code 1 235 €}: rounded to the euro, for chart axes. */
	static DecimalFormat wholeEuros() {
		DecimalFormat format = new DecimalFormat("#,##0' €'", symbols());
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** A rate held as a fraction (0.2345) as a percentage: {@code 23,45 %}. */
	static String percent(BigDecimal fraction) {
		return format("#,##0.00", fraction.movePointRight(2)) + NBSP + "%";
	}

	/** {@code 1 500}. */
	static String integer(long value) {
		return format("#,##0", BigDecimal.valueOf(value));
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** {@code mars 2026}. */
	static String month(int year, int month) {
		return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH) + " " + year;
	}

	/** {@code mars 26}, short enough for a chart axis. */
	static String shortMonth(int year, int month) {
		String name = java.time.Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, Locale.FRENCH);
		return name + " " + String.format("%02d", year % 100);
	}

	private static String format(String pattern, BigDecimal value) {
		DecimalFormat format = new DecimalFormat(pattern, symbols());
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRENCH);
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator(NBSP);
		symbols.setMinusSign('-');
		return symbols;
	}

}
