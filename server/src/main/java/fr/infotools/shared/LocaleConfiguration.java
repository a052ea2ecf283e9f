package fr.infotools.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * French by default, English when the client asks for it ({@code Accept-Language}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale FRENCH = Locale.FRENCH;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
		resolver.setDefaultLocale(FRENCH);
		return resolver;
	}

}
