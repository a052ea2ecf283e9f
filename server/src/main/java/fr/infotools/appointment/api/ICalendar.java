package fr.infotools.appointment.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar (RFC 5545) document: CRLF line ends, text values escaped, lines
 * folded at 75 octets, times in UTC.
 */
final class ICalendar {

	/** The longest content line, in octets, before it is folded. */
	static final int LINE_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder text = new StringBuilder();

	ICalendar(String productId, String name) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:" + productId);
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + escape(name));
		line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
		line("X-PUBLISHED-TTL:PT1H");
	}

	ICalendar event(Event event) {
		line("BEGIN:VEVENT");
		line("UID:" + escape(event.uid()));
		line("DTSTAMP:" + UTC.format(event.stamp()));
		line("LAST-MODIFIED:" + UTC.format(event.stamp()));
		line("SEQUENCE:" + event.sequence());
		line("DTSTART:" + UTC.format(event.start()));
		line("DTEND:" + UTC.format(event.end()));
		line("SUMMARY:" + escape(event.summary()));
		if (event.location() != null) {
			line("LOCATION:" + escape(event.location()));
		}
		if (event.description() != null) {
			line("DESCRIPTION:" + escape(event.description()));
		}
		line("STATUS:" + event.status());
		line("END:VEVENT");
		return this;
	}

	String end() {
		line("END:VCALENDAR");
		return this.text.toString();
	}

	private void line(String content) {
		this.text.append(fold(content)).append("\r\n");
	}

	/**
	 * A TEXT value: backslash, semicolon and comma escaped, line breaks as {@code \n},
	 * other control characters dropped.
	 */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				case '\r' -> {
					if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
						out.append("\\n");
					}
				}
				default -> {
					if (c >= 0x20 && c != 0x7F) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * Splits a content line into lines of at most {@value #LINE_OCTETS} octets of UTF-8,
	 * never inside a character; each continuation line starts with a space.
	 */
	static String fold(String line) {
		StringBuilder out = new StringBuilder(line.length() + 8);
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > LINE_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return out.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

	/**
	 * One VEVENT.
	 *
	 * @param status {@code CONFIRMED}, {@code TENTATIVE} or {@code CANCELLED}
	 */
	record Event(String uid, Instant stamp, long sequence, Instant start, Instant end, String summary, String location,
			String description, String status) {

	}

}
