package fr.infotools.perf.baseline;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The command line: {@code --name value} (or {@code --flag}), each also readable as the
 * system property {@code baseline.name}; the command line wins.
 */
record Options(int port, String jdbcUrl, String user, String password, int pool, int threads, boolean virtualThreads,
		Duration sessionCheckCache) {

	static Options parse(String[] args, Properties system) {
		Map<String, String> given = new HashMap<>();
		for (String name : system.stringPropertyNames()) {
			if (name.startsWith("baseline.")) {
				given.put(name.substring("baseline.".length()), system.getProperty(name));
			}
		}
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + args[i]);
			}
			boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
			given.put(args[i].substring(2), hasValue ? args[++i] : "true");
		}
		String url = given.get("jdbc-url");
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("--jdbc-url is required");
		}
		return new Options(number(given, "port", 18181), url, given.getOrDefault("user", "root"),
				given.getOrDefault("password", ""), number(given, "pool", 16), number(given, "threads", 32),
				Boolean.parseBoolean(given.getOrDefault("virtual-threads", "false")), Duration
					.ofMillis(Math.round(1000 * Double.parseDouble(given.getOrDefault("session-check-cache", "5")))));
	}

	private static int number(Map<String, String> given, String name, int fallback) {
		String value = given.get(name);
		try {
			return (value != null) ? Integer.parseInt(value) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " takes a whole number, not " + value);
		}
	}

}
