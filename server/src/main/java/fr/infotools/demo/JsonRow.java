package fr.infotools.demo;

import java.math.BigDecimal;

/**
 * A record's columns as the audit trail writes them for an insert: a JSON object of
 * column name to value (amounts as decimals, times in ISO-8601 UTC, enums by name).
 */
final class JsonRow {

	private final StringBuilder json = new StringBuilder(256).append('{');

	static JsonRow of(String column, Object value) {
		return new JsonRow().and(column, value);
	}

	JsonRow and(String column, Object value) {
		if (this.json.length() > 1) {
			this.json.append(',');
		}
		string(column);
		this.json.append(':');
		if (value == null) {
			this.json.append("null");
		}
		else if (value instanceof BigDecimal amount) {
			this.json.append(amount.toPlainString());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			this.json.append(value);
		}
		else {
			string((value instanceof Enum<?> constant) ? constant.name() : value.toString());
		}
		return this;
	}

	@Override
	public String toString() {
		return this.json + "}";
	}

	private void string(String text) {
		this.json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> this.json.append("\\\"");
				case '\\' -> this.json.append("\\\\");
				case '\n' -> this.json.append("\\n");
				case '\r' -> this.json.append("\\r");
				case '\t' -> this.json.append("\\t");
				default -> {
					if (c < 0x20) {
						this.json.append(String.format("\\u%04x", (int) c));
					}
					else {
						this.json.append(c);
					}
				}
			}
		}
		this.json.append('"');
	}

}
