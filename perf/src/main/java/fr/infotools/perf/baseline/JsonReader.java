package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the JSON object of a token's header or claims (what Nimbus parses in the server):
 * its top-level members as strings, numbers, booleans or nulls; nested objects and arrays
 * are checked and skipped, no claim of ours uses them.
 */
final class JsonReader {

	private final String text;

	private int at;

	private JsonReader(String text) {
		this.text = text;
	}

	/** The members of a JSON object; IllegalArgumentException if it is not one. */
	static Map<String, Object> object(String text) {
		JsonReader reader = new JsonReader(text);
		Map<String, Object> members = new HashMap<>();
		reader.members(members);
		reader.skipSpaces();
		if (reader.at != text.length()) {
			throw reader.error();
		}
		return members;
	}

	private void members(Map<String, Object> into) {
		expect('{');
		if (peek() == '}') {
			this.at++;
			return;
		}
		do {
			skipSpaces();
			String name = string();
			expect(':');
			Object value = value();
			if (into != null) {
				into.put(name, value);
			}
		}
		while (next() == ',');
		this.at--;
		expect('}');
	}

	private Object value() {
		char c = peek();
		if (c == '"') {
			return string();
		}
		if (c == '{') {
			members(null);
			return null;
		}
		if (c == '[') {
			this.at++;
			if (peek() != ']') {
				do {
					value();
				}
				while (next() == ',');
				this.at--;
			}
			expect(']');
			return null;
		}
		for (String word : new String[] { "true", "false", "null" }) {
			if (this.text.startsWith(word, this.at)) {
				this.at += word.length();
				return (word.equals("null")) ? null : Boolean.valueOf(word);
			}
		}
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		try {
			return new BigDecimal(this.text.substring(start, this.at));
		}
		catch (NumberFormatException ex) {
			throw error();
		}
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			char c = charAt(this.at++);
			if (c == '"') {
				return value.toString();
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = charAt(this.at++);
			switch (escaped) {
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					charAt(this.at + 3);
					value.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> value.append(escaped);
			}
		}
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

	private char peek() {
		skipSpaces();
		return charAt(this.at);
	}

	private void expect(char c) {
		if (next() != c) {
			throw error();
		}
	}

	private void skipSpaces() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private char charAt(int index) {
		if (index >= this.text.length()) {
			throw error();
		}
		return this.text.charAt(index);
	}

	private IllegalArgumentException error() {
		return new IllegalArgumentException("not a JSON object at " + this.at);
	}

}
