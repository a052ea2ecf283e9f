package fr.infotools.desktop.ui;

import java.time.Clock;

import fr.infotools.desktop.api.Backend;

/**
 * What the screens need from the application: the API, the background runner, the texts
 * and formats of the chosen language, and the clock (fixed in tests).
 */
public record Context(Backend backend, TaskRunner runner, I18n i18n, Formats formats, ErrorText errors, Clock clock) {

	public static Context of(Backend backend, TaskRunner runner, I18n i18n, Clock clock) {
		return new Context(backend, runner, i18n, new Formats(i18n.locale()), new ErrorText(i18n), clock);
	}

}
