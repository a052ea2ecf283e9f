package fr.infotools.mail;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a message from its templates, in French: {@code templates/mail/<name>.html}
 * (Thymeleaf HTML mode, where {@code th:text} escapes every value) and
 * {@code templates/mail/<name>.txt} (text mode: values are written as typed, no markup),
 * and its subject, the message {@code mail.<name>.subject}. A private template engine, so
 * that the web pages' engine does not see these templates.
 */
@Component
class MailTemplates {

	static final Locale FRENCH = Locale.FRENCH;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final String company;

	MailTemplates(MessageSource messages, @Value("${infotools.company.name:InfoTools}") String company) {
		this.messages = messages;
		this.company = company;
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	Rendered render(Letter letter) {
		Context context = new Context(FRENCH);
		Map<String, Object> model = new java.util.HashMap<>(letter.model());
		model.putIfAbsent("company", this.company);
		context.setVariables(model);
		String subject = this.messages.getMessage("mail." + letter.template() + ".subject",
				letter.subjectArgs().toArray(), FRENCH);
		return new Rendered(oneLine(subject), this.engine.process(letter.template() + ".txt", context),
				this.engine.process(letter.template() + ".html", context));
	}

	/**
	 * A subject is one line of text: line breaks and other control characters typed into
	 * a value become spaces (no header can be added through it).
	 */
	static String oneLine(String text) {
		String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
		return (line.length() > 300) ? line.substring(0, 299) + "…" : line;
	}

	record Rendered(String subject, String text, String html) {

	}

}
