package fr.infotools.identity.token;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's bearer token resolver, with a plain check of the usual case in front
 * of it: an {@code Authorization: Bearer <token>} header whose token is made of the
 * characters RFC 6750 allows. Its case-insensitive regular expression, run over the whole
 * token at every call, was a twentieth of a short API call. Anything else (no header,
 * another scheme, a malformed token, a token also given as a parameter) goes to Spring
 * Security's resolver, which answers as it always does.
 */
final class BearerHeaderResolver implements BearerTokenResolver {

	private static final String SCHEME = "Bearer ";

	private static final String TOKEN_PARAMETER = "access_token";

	private final BearerTokenResolver standard = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String token = wellFormedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (token != null && !mayHaveTokenParameter(request)) {
			return token;
		}
		return this.standard.resolve(request);
	}

	/**
	 * The token of a header that matches {@code ^Bearer ([a-zA-Z0-9-._~+/]+=*)$}, scheme
	 * in any case; null otherwise.
	 */
	static String wellFormedToken(String header) {
		if (header == null || header.length() <= SCHEME.length()
				|| !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		int end = header.length();
		while (end > SCHEME.length() && header.charAt(end - 1) == '=') {
			end--;
		}
		if (end == SCHEME.length()) {
			return null;
		}
		for (int i = SCHEME.length(); i < end; i++) {
			if (!isTokenCharacter(header.charAt(i))) {
				return null;
			}
		}
		return header.substring(SCHEME.length());
	}

	private static boolean isTokenCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

	/**
	 * Whether the standard resolver would look for a token among the parameters (of a GET
	 * or a form) and find one: it then refuses the request.
	 */
	private static boolean mayHaveTokenParameter(HttpServletRequest request) {
		boolean parametersRead = "GET".equals(request.getMethod())
				|| MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(request.getContentType());
		return parametersRead && request.getParameterValues(TOKEN_PARAMETER) != null;
	}

}
