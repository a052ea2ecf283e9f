package fr.infotools.desktop.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the interface comes from the bundles: both languages have the same keys,
 * and every key the code names exists.
 */
class MessagesTests {

	private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_-]+)+)\"");

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/fr/infotools/desktop/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources
				.filter((path) -> path.toString().endsWith("View.java") || path.toString().endsWith("ViewModel.java")
						|| path.toString().endsWith("Charts.java") || path.toString().endsWith("Bar.java")
						|| path.toString().endsWith("Dialog.java"))
				.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (!keys.contains(key) && !key.startsWith("fr.") && !key.contains("-")) {
						missing.add(key + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void placeholdersAreTheSameInBothLanguagesAndQuotesCannotEatThem() throws IOException {
		Properties french = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		Pattern placeholder = Pattern.compile("\\{\\d}");
		for (String key : french.stringPropertyNames()) {
			Set<String> frenchHolders = new TreeSet<>(placeholder.matcher(french.getProperty(key))
				.results()
				.map(java.util.regex.MatchResult::group)
				.toList());
			Set<String> englishHolders = new TreeSet<>(placeholder.matcher(english.getProperty(key))
				.results()
				.map(java.util.regex.MatchResult::group)
				.toList());
			assertThat(englishHolders).as(key).isEqualTo(frenchHolders);
			if (!frenchHolders.isEmpty()) {
				assertThat(french.getProperty(key)).as(key).doesNotContain("'");
				assertThat(english.getProperty(key)).as(key).doesNotContain("'");
			}
		}
	}

	@Test
	void fillsPlaceholdersInTheUsersLanguage() {
		assertThat(new I18n(java.util.Locale.FRENCH).get("pager.position", 1, 5, 88))
			.isEqualTo("Page 1 / 5 (88 résultats)");
		assertThat(new I18n(java.util.Locale.ENGLISH).get("nav.invoices")).isEqualTo("Invoicing");
		assertThat(new I18n(java.util.Locale.GERMAN).get("nav.invoices")).isEqualTo("Facturation");
		assertThat(new I18n(java.util.Locale.FRENCH).label(fr.infotools.desktop.api.model.InvoiceStatus.PAID))
			.isEqualTo("Payée");
	}

}
