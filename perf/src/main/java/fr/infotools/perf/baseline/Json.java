package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A JSON text written by hand in the server's formats: Jackson's escapes, ISO instants
 * and dates (their {@code toString()}), amounts to the cent as plain numbers, nulls
 * written out.
 */
final class Json {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final StringBuilder text = new StringBuilder(2048);

	private boolean first = true;

	Json open(char bracket) {
		separate();
		this.text.append(bracket);
		this.first = true;
		return this;
	}

	Json close(char bracket) {
		this.text.append(bracket);
		this.first = false;
		return this;
	}

	Json name(String name) {
		separate();
		string(name);
		this.text.append(':');
		this.first = true;
		return this;
	}

	Json field(String name, Object value) {
		name(name);
		return value(value);
	}

	/** An amount as the server's Money holds it: two decimals, rounded half-up. */
	Json money(String name, BigDecimal amount) {
		return field(name, (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP) : null);
	}

	Json value(Object value) {
		separate();
		if (value == null) {
			this.text.append("null");
		}
		else if (value instanceof BigDecimal amount) {
			this.text.append(amount.toPlainString());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			this.text.append(value);
		}
		else {
			string(value.toString());
		}
		this.first = false;
		return this;
	}

	private void separate() {
		if (!this.first) {
			this.text.append(',');
		}
		this.first = false;
	}

	/** Escaped as Jackson escapes: short forms where JSON has them, else \\u00XX. */
	private void string(String value) {
		this.text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> this.text.append("\\\"");
				case '\\' -> this.text.append("\\\\");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				case '\t' -> this.text.append("\\t");
				case '\b' -> this.text.append("\\b");
				case '\f' -> this.text.append("\\f");
				default -> {
					if (c < 0x20) {
						this.text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
					}
					else {
						this.text.append(c);
					}
				}
			}
		}
		this.text.append('"');
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
