package fr.infotools.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a supervision tool read the metrics when it presents the shared scrape token
 * ({@code infotools.monitoring.metrics-token}) as {@code Authorization: Bearer …}.
 * Without a configured token nobody may read them; a user's login, even a manager's, does
 * not open them.
 */
class MetricsScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	MetricsScrapeToken(String token) {
		this.token = (token != null) ? token.trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(matches(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION)));
	}

	private boolean matches(String header) {
		if (this.token.length == 0 || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] presented = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(this.token, presented);
	}

}
