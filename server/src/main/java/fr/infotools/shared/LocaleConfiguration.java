package fr.infotools.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * French by default, English when asked for: the language a user chose in the extranet's
 * profile (a cookie), else the client's {@code Accept-Language} (what the API's clients
 * send), else French.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale FRENCH = Locale.FRENCH;

	/** The cookie that keeps the language chosen in the extranet. */
	static final String COOKIE = "infotools-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
		header.setSupportedLocales(SUPPORTED);
		header.setDefaultLocale(FRENCH);
		return new ChosenLanguageResolver(header);
	}

	/**
	 * The chosen language (cookie) when it is one the application speaks, else what the
	 * request's {@code Accept-Language} says.
	 */
	static final class ChosenLanguageResolver implements LocaleResolver {

		private static final Duration KEPT = Duration.ofDays(365);

		private final LocaleResolver fallback;

		ChosenLanguageResolver(LocaleResolver fallback) {
			this.fallback = fallback;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (COOKIE.equals(cookie.getName())) {
						Locale chosen = supported(cookie.getValue());
						if (chosen != null) {
							return chosen;
						}
					}
				}
			}
			return this.fallback.resolveLocale(request);
		}

		/**
		 * Keeps the language for a year; {@code null} (or one the application does not
		 * speak) forgets the choice.
		 */
		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale chosen = (locale != null) ? supported(locale.getLanguage()) : null;
			ResponseCookie cookie = ResponseCookie.from(COOKIE, (chosen != null) ? chosen.getLanguage() : "")
				.path("/")
				.maxAge((chosen != null) ? KEPT : Duration.ZERO)
				.httpOnly(true)
				.sameSite("Lax")
				.secure(request.isSecure())
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}

		private static Locale supported(String language) {
			return SUPPORTED.stream()
				.filter((locale) -> locale.getLanguage().equals(language))
				.findFirst()
				.orElse(null);
		}

	}

}
