package fr.infotools.appointment.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.infotools.shared.RateLimits;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts every post to the public request form against the {@code public-requests} rate
 * limit of the client address, before the body is even read: a flood of requests, valid
 * or not, is refused (429 with Retry-After) without being validated or stored.
 */
@Component
class PublicRequestRateLimit implements HandlerInterceptor, WebMvcConfigurer {

	static final String LIMIT = "public-requests";

	private final RateLimits limits;

	PublicRequestRateLimit(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(PublicRequestController.PATH);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("POST".equals(request.getMethod())) {
			this.limits.consume(LIMIT, request.getRemoteAddr());
		}
		return true;
	}

}
