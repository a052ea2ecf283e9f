package fr.infotools.desktop.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Amounts, percentages, dates and times as the user reads and types them: euros with two
 * decimals ({@code 1 234,56 €} in French), times in Europe/Paris.
 */
public final class Formats {

	/** Every time is shown in the company's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final Locale locale;

	private final DateTimeFormatter date;

	private final DateTimeFormatter dateTime;

	private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

	private final DateTimeFormatter dayHeader;

	public Formats(Locale locale) {
		this.locale = locale;
		this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
		this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale);
		this.dayHeader = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
	}

	public Locale locale() {
		return this.locale;
	}

	private DecimalFormat decimal(String pattern) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(this.locale);
		if (this.locale.getLanguage().equals("fr")) {
			// a plain space groups thousands, as people type it (the JDK's narrow
			// no-break
			// space does not survive copy and paste into other programs)
			symbols.setGroupingSeparator('\u00a0');
		}
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** {@code 1 234,56 €}; empty for null. */
	public String money(BigDecimal amount) {
		return (amount == null) ? "" : decimal("#,##0.00").format(amount) + "\u00a0€";
	}

	/** {@code 1 234,56} without the currency, for fields. */
	public String amount(BigDecimal amount) {
		return (amount == null) ? "" : decimal("0.00").format(amount);
	}

	/** A number as typed in a field: {@code 20}, {@code 5,5}. */
	public String number(BigDecimal value) {
		return (value == null) ? "" : decimal("0.##").format(value);
	}

	/** A rate of four decimals (0.2345) as {@code 23,45 %}. */
	public String rate(BigDecimal rate) {
		return (rate == null) ? "" : decimal("0.00").format(rate.movePointRight(2)) + "\u00a0%";
	}

	/** A percent value (20.00) as {@code 20 %}. */
	public String percent(BigDecimal percent) {
		return (percent == null) ? "" : decimal("0.##").format(percent) + "\u00a0%";
	}

	public String integer(Number value) {
		return (value == null) ? "" : decimal("#,##0").format(value);
	}

	/**
	 * Reads a decimal as typed: {@code 1 234,5}, {@code 1234.5}, {@code 12 €}.
	 * @return null for an empty text
	 * @throws NumberFormatException when it is not a number
	 */
	public BigDecimal parseDecimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = text.strip().replace("€", "").replace("%", "").replaceAll("[\\s\u00a0\u202f]", "");
		if (cleaned.indexOf(',') >= 0 && cleaned.indexOf('.') < 0) {
			cleaned = cleaned.replace(',', '.');
		}
		else {
			cleaned = cleaned.replace(",", "");
		}
		if (!cleaned.matches("[-+]?\\d+(\\.\\d+)?")) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(cleaned);
	}

	/** Reads a whole number; null for an empty text. */
	public Integer parseInteger(String text) {
		BigDecimal value = parseDecimal(text);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new NumberFormatException(text);
		}
	}

	public String date(LocalDate day) {
		return (day == null) ? "" : this.date.format(day);
	}

	public String date(Instant instant) {
		return (instant == null) ? "" : this.date.format(instant.atZone(ZONE));
	}

	public String dateTime(Instant instant) {
		return (instant == null) ? "" : this.dateTime.format(instant.atZone(ZONE));
	}

	public String time(Instant instant) {
		return (instant == null) ? "" : this.time.format(instant.atZone(ZONE));
	}

	/** {@code lundi 30 novembre 2026}. */
	public String dayHeader(LocalDate day) {
		return this.dayHeader.format(day);
	}

	/**
	 * Reads a time as typed: {@code 9:30}, {@code 09h30}, {@code 14}.
	 * @throws DateTimeParseException when it is not a time
	 */
	public LocalTime parseTime(String text) {
		String cleaned = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT).replace('h', ':');
		if (cleaned.endsWith(":")) {
			cleaned = cleaned + "00";
		}
		if (cleaned.matches("\\d{1,2}")) {
			cleaned = cleaned + ":00";
		}
		if (cleaned.matches("\\d:\\d{2}")) {
			cleaned = "0" + cleaned;
		}
		return LocalTime.parse(cleaned);
	}

	/** A day and a Paris time as an instant. */
	public static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(ZONE).toInstant();
	}

	public static LocalDate day(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

}
