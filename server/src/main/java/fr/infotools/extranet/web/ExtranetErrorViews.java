package fr.infotools.extranet.web;

import java.util.HashMap;
import java.util.Map;

import fr.infotools.identity.AccessPolicy;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside the extranet's controllers (an unknown address, a method not
 * allowed, a refused form) under {@code /app} are shown with the extranet's error page;
 * the rest of the site keeps Spring Boot's resolution ({@code templates/error/404.html}
 * and the like), which a resolver of our own would otherwise switch off.
 */
@Component
class ExtranetErrorViews implements ErrorViewResolver, Ordered {

	private final AccessPolicy access;

	private final ErrorViewResolver others;

	@Autowired
	ExtranetErrorViews(AccessPolicy access, ApplicationContext context, WebProperties web) {
		this(access, new DefaultErrorViewResolver(context, web.getResources()));
	}

	ExtranetErrorViews(AccessPolicy access, ErrorViewResolver others) {
		this.access = access;
		this.others = others;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object path = model.get("path");
		if (!(path instanceof String uri) || !(uri.equals("/app") || uri.startsWith("/app/"))) {
			return this.others.resolveErrorView(request, status, model);
		}
		Map<String, Object> page = new HashMap<>();
		page.put("status", ErrorPage.known(status));
		this.access.currentCrmUser().ifPresent((user) -> page.put("me", user));
		return new ModelAndView(ErrorPage.VIEW, page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
