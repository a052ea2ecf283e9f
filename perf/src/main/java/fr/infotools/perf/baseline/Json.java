package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A JSON text written by hand, in the server's formats (ISO instants, amounts to the
 * cent).
 */
final class Json {

	private final StringBuilder text = new StringBuilder(4096);

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
				default -> {
					if (c < 0x20) {
						this.text.append(String.format("\\u%04x", (int) c));
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
