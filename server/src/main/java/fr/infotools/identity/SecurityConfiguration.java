package fr.infotools.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import fr.infotools.identity.login.CrmAuthenticationProvider;
import fr.infotools.identity.web.ApiQuotaFilter;
import fr.infotools.identity.web.ProblemResponses;
import fr.infotools.shared.Problems;
import fr.infotools.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two ways in: the REST API ({@code /api/**}) is stateless with bearer tokens from
 * {@code /api/v1/auth/token}; the web pages use a session opened by the login form. Both
 * check the same directory account through {@link CrmAuthenticationProvider}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	AuthenticationManager authenticationManager(CrmAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	/**
	 * The Prometheus metrics: read by the supervision tool with the scrape token (see
	 * {@link MetricsScrapeToken}), by nobody else. The health probes stay public.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metricsSecurity(HttpSecurity http,
			@Value("${infotools.monitoring.metrics-token:}") String metricsToken) throws Exception {
		http.securityMatcher("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().access(new MetricsScrapeToken(metricsToken)))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication,
			ProblemResponses problems, RateLimits limits, Problems messages, LocaleResolver locales) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/refresh")
				.permitAll()
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				// the personal calendar feed is read by phone calendars, which
				// authenticate with its secret token
				.requestMatchers(HttpMethod.GET, "/api/v1/appointments/calendar.ics")
				.permitAll()
				.requestMatchers("/api/v1/audit/**", "/api/v1/users/**", "/api/v1/appointment-requests/**",
						"/api/v1/stats/**", "/api/v1/mail/**", "/api/v1/stock/**")
				.hasRole(Role.MANAGER.name())
				// the catalogue is read by everyone and changed by managers only
				.requestMatchers(HttpMethod.POST, "/api/v1/products", "/api/v1/products/**")
				.hasRole(Role.MANAGER.name())
				.requestMatchers(HttpMethod.PUT, "/api/v1/products/**")
				.hasRole(Role.MANAGER.name())
				.requestMatchers(HttpMethod.DELETE, "/api/v1/products/**")
				.hasRole(Role.MANAGER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/customers/*/reassign")
				.hasRole(Role.MANAGER.name())
				.anyRequest()
				.authenticated())
			// bearer tokens are not sent automatically by browsers, so the API needs no
			// CSRF token
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(jwtAuthentication))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterAfter(new ApiQuotaFilter(limits, problems, messages, locales),
					BearerTokenAuthenticationFilter.class)
			.cors(Customizer.withDefaults())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	/**
	 * Cross-origin calls are refused unless origins are listed in
	 * {@code infotools.security.cors-origins} (the front ends are served by the server
	 * itself, so none is needed by default).
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(
			@Value("${infotools.security.cors-origins:}") List<String> origins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!origins.isEmpty()) {
			CorsConfiguration api = new CorsConfiguration();
			api.setAllowedOrigins(origins);
			api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
			api.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Accept-Language"));
			api.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
			source.registerCorsConfiguration("/api/**", api);
		}
		return source;
	}

	/**
	 * The web pages: the public website, the login form and the sales reps' extranet
	 * ({@code /app}), with a session. A manager who logs in is shown a page that sends
	 * them to the desktop application; the developer account is refused at login. After
	 * login a rep lands on the extranet (or the extranet page they had asked for);
	 * logging out ends the session.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		// only extranet pages are worth coming back to after login (not a browser's
		// background requests, nor a script's)
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache
			.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/app/**"),
					new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
		AccessDeniedHandlerImpl refusal = new AccessDeniedHandlerImpl();
		refusal.setErrorPage("/app/acces-refuse");
		AccessDeniedHandler denied = (request, response, exception) -> {
			if (exception instanceof CsrfException) {
				if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
					// the session expired, and the form's token with it: log in again
					response.sendRedirect(request.getContextPath() + "/login");
				}
				else {
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
				}
				return;
			}
			refusal.handle(request, response, exception);
		};
		http.authorizeHttpRequests((requests) -> requests
			// the public website and its assets
			.requestMatchers("/", "/produits", "/produits/*", "/rendez-vous", "/mentions-legales", "/sitemap.xml",
					"/robots.txt", "/favicon.svg", "/favicon.ico", "/css/**", "/js/**", "/images/**", "/error")
			.permitAll()
			.requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			// the extranet's styles and scripts, which its refusal page uses too
			.requestMatchers("/app/css/**", "/app/js/**")
			.permitAll()
			// what a logged-in user who is not a sales rep is shown
			.requestMatchers("/app/acces-refuse")
			.authenticated()
			.requestMatchers("/app", "/app/**")
			.hasRole(Role.SALES.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").permitAll().defaultSuccessUrl("/app", false))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.logout((logout) -> logout.permitAll()
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("JSESSIONID")
				.invalidateHttpSession(true)
				.clearAuthentication(true))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(denied))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
