package fr.infotools.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.infotools.testsupport.DemoAccounts;

/**
 * What a browser does for the pages, over real HTTP: keeps the session cookie, logs in by
 * the form, and sends each form with the CSRF token of its session. Redirects are not
 * followed, so that the tests see where they lead.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private String csrfToken;

	Browser(int port) {
		this.port = port;
	}

	/** Logs in by the form; the developer account is refused and stays anonymous. */
	Browser logIn(String username) {
		post("/login", "username=" + username + "&password=" + encode(DemoAccounts.PASSWORD));
		this.csrfToken = null; // a new session after login
		return this;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	/** Posts a form with this session's CSRF token. */
	Page post(String path, String form) {
		String token = "_csrf=" + encode(csrfToken());
		return postWithoutToken(path, form.isEmpty() ? token : form + "&" + token);
	}

	Page postWithoutToken(String path, String form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private String csrfToken() {
		if (this.csrfToken == null) {
			// every page with a form carries the token: the login form for anybody, the
			// profile for a rep, the refusal page's logout button for a manager
			this.csrfToken = Optional.ofNullable(token(get("/app/profil").body()))
				.or(() -> Optional.ofNullable(token(get("/app/acces-refuse").body())))
				.or(() -> Optional.ofNullable(token(get("/login").body())))
				.orElseThrow(() -> new IllegalStateException("no page with a CSRF token"));
		}
		return this.csrfToken;
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An answer: its status, where a redirect leads, and the page. */
	record Page(int status, String location, String body) {

		boolean sendsToLogin() {
			return this.status == 302 && this.location.endsWith("/login");
		}

	}

}
