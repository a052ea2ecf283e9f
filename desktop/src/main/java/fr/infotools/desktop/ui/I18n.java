package fr.infotools.desktop.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's texts, from {@code messages.properties} (French, the default) and
 * {@code messages_en.properties}.
 */
public final class I18n {

	/** The languages the interface speaks, French first. */
	public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private static final String BUNDLE = "fr.infotools.desktop.messages";

	private final Locale locale;

	private final ResourceBundle bundle;

	public I18n(Locale locale) {
		this.locale = LANGUAGES.contains(new Locale(locale.getLanguage())) ? new Locale(locale.getLanguage())
				: Locale.FRENCH;
		this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public Locale locale() {
		return this.locale;
	}

	public ResourceBundle bundle() {
		return this.bundle;
	}

	/** The text of {@code key}, with its {@code {0}} placeholders filled in. */
	public String get(String key, Object... arguments) {
		String pattern;
		try {
			pattern = this.bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			return "!" + key + "!";
		}
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, this.locale).format(arguments);
	}

	public boolean has(String key) {
		return this.bundle.containsKey(key);
	}

	/** The label of an enum constant: key {@code enum.<Type>.<NAME>}. */
	public String label(Enum<?> constant) {
		if (constant == null) {
			return "";
		}
		String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
		return has(key) ? get(key) : constant.name();
	}

}
