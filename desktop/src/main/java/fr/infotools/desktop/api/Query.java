package fr.infotools.desktop.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query parameters; null and blank values are left out. */
public final class Query {

	private final StringBuilder text = new StringBuilder();

	private Query() {
	}

	public static Query of() {
		return new Query();
	}

	public Query add(String name, Object value) {
		if (value == null) {
			return this;
		}
		String string = (value instanceof Enum<?> constant) ? constant.name() : value.toString();
		if (string.isBlank()) {
			return this;
		}
		this.text.append(this.text.length() == 0 ? '?' : '&')
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(string.strip(), StandardCharsets.UTF_8));
		return this;
	}

	/** Adds {@code page} and {@code size}. */
	public Query page(int page, int size) {
		return add("page", page).add("size", size);
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
