package fr.infotools.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.infotools.identity.CrmAuthentication;
import fr.infotools.shared.Problems;
import fr.infotools.shared.RateLimitExceededException;
import fr.infotools.shared.RateLimits;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The per-user API quota: each logged-in user may make a bounded number of API calls per
 * window (rate limit {@code api}); beyond it, 429 with {@code Retry-After}.
 */
public class ApiQuotaFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final ProblemResponses responses;

	private final Problems problems;

	private final LocaleResolver locales;

	public ApiQuotaFilter(RateLimits limits, ProblemResponses responses, Problems problems, LocaleResolver locales) {
		this.limits = limits;
		this.responses = responses;
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CrmAuthentication crm) {
			try {
				this.limits.consume("api", Long.toString(crm.getPrincipal().id()));
			}
			catch (RateLimitExceededException ex) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
				this.responses.write(response, this.problems.of(this.locales.resolveLocale(request),
						HttpStatus.TOO_MANY_REQUESTS, "rate-limited", ex.retryAfterSeconds()));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
