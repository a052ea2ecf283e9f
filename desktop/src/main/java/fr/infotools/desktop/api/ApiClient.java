package fr.infotools.desktop.api;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.infotools.desktop.api.model.Tokens;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP transport to the server's REST API ({@code /api/v1}). It logs in with a
 * directory account, sends the bearer token on every call, refreshes it silently before
 * it expires (and once more if the server refuses it), asks for messages in the
 * interface's language and turns every error answer into an {@link ApiException}, an
 * unreachable server into a {@link NetworkException} and a session that cannot be
 * refreshed into a {@link SessionExpiredException}. Thread-safe: screens call it from
 * background threads.
 */
public class ApiClient {

	/** Refresh the access token when it has less than this left. */
	static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code",
			"errors");

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	private final Object tokenLock = new Object();

	private volatile URI server;

	private volatile Locale locale = Locale.FRENCH;

	private Tokens tokens;

	private Instant accessExpiresAt;

	public ApiClient(Clock clock) {
		this(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), clock);
	}

	ApiClient(HttpClient http, Clock clock) {
		this.http = http;
		this.clock = clock;
		this.json = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	/**
	 * The server's address as a user types it: {@code localhost:8080},
	 * {@code http://localhost:8080/} or {@code crm.example} (HTTPS is assumed). Plain
	 * HTTP is refused except on this machine, so that a password never crosses a network
	 * in clear.
	 * @throws InsecureAddressException for an {@code http://} address of another machine
	 * @throws IllegalArgumentException when it is not an address
	 */
	public static URI parseServer(String address) {
		if (address == null || address.isBlank()) {
			throw new IllegalArgumentException("empty address");
		}
		String text = address.strip();
		boolean schemeTyped = text.contains("://");
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		try {
			URI uri = new URI(schemeTyped ? text : "http://" + text);
			if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
				throw new IllegalArgumentException("not an http(s) address: " + address);
			}
			boolean local = isLoopback(uri.getHost());
			if (!schemeTyped && !local) {
				uri = new URI("https://" + text);
			}
			if (uri.getScheme().equals("http") && !local) {
				throw new InsecureAddressException(address);
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not an address: " + address, ex);
		}
	}

	private static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]") || name.equals("::1");
	}

	/** An unencrypted address of another machine: refused. */
	public static final class InsecureAddressException extends IllegalArgumentException {

		InsecureAddressException(String address) {
			super("unencrypted address refused: " + address);
		}

	}

	public void setServer(URI server) {
		this.server = server;
	}

	public URI server() {
		return this.server;
	}

	/** The language of the server's messages (problem titles, details, field errors). */
	public void setLocale(Locale locale) {
		this.locale = locale;
	}

	public JsonMapper json() {
		return this.json;
	}

	/**
	 * Logs in; the tokens are kept for the following calls.
	 * @return the tokens and the user (whatever their role: the caller decides)
	 */
	public Tokens login(String username, String password) {
		HttpResponse<byte[]> response = send(
				request("/api/v1/auth/token").POST(body(Map.of("username", username, "password", password))), null);
		Tokens answer = read(response.body(), this.json.constructType(Tokens.class));
		keep(answer);
		return answer;
	}

	/** Ends the session on the server (best effort) and forgets the tokens. */
	public void logout() {
		String access;
		synchronized (this.tokenLock) {
			access = (this.tokens != null) ? this.tokens.accessToken() : null;
			this.tokens = null;
			this.accessExpiresAt = null;
		}
		if (access != null) {
			try {
				send(request("/api/v1/auth/logout").POST(HttpRequest.BodyPublishers.noBody()), access);
			}
			catch (RuntimeException ex) {
				// the tokens are forgotten anyway; the server revokes them at their
				// expiry
			}
		}
	}

	public boolean hasSession() {
		synchronized (this.tokenLock) {
			return this.tokens != null;
		}
	}

	/**
	 * The tokens of the current session, if any (for the application's own tests: nothing
	 * else needs them).
	 */
	public Optional<Tokens> tokens() {
		synchronized (this.tokenLock) {
			return Optional.ofNullable(this.tokens);
		}
	}

	/** The user of the current session, or null. */
	public Tokens.TokenUser user() {
		synchronized (this.tokenLock) {
			return (this.tokens != null) ? this.tokens.user() : null;
		}
	}

	public <T> T get(String path, Query query, Class<T> type) {
		return read(authenticated(request(path + query).GET()).body(), this.json.constructType(type));
	}

	public <T> T get(String path, Query query, TypeReference<T> type) {
		return read(authenticated(request(path + query).GET()).body(), this.json.constructType(type));
	}

	/** Reads a binary answer such as a PDF. */
	public byte[] getBytes(String path, Query query, String mediaType) {
		return authenticated(request(path + query).header("Accept", mediaType + ", application/problem+json").GET())
			.body();
	}

	public <T> T post(String path, Object body, Class<T> type) {
		HttpRequest.Builder builder = request(path)
			.POST((body != null) ? body(body) : HttpRequest.BodyPublishers.noBody());
		return read(authenticated(builder).body(), this.json.constructType(type));
	}

	public <T> T put(String path, Object body, Class<T> type) {
		return read(authenticated(request(path).PUT(body(body))).body(), this.json.constructType(type));
	}

	public void delete(String path) {
		authenticated(request(path).DELETE());
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		URI base = this.server;
		if (base == null) {
			throw new IllegalStateException("No server address");
		}
		return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
			.timeout(REQUEST_TIMEOUT)
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", this.locale.toLanguageTag());
	}

	private HttpRequest.BodyPublisher body(Object body) {
		return HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body));
	}

	private HttpResponse<byte[]> authenticated(HttpRequest.Builder builder) {
		String access = accessToken();
		HttpResponse<byte[]> response = sendRaw(builder.copy(), access);
		if (response.statusCode() == 401) {
			refreshAfterRejection(access);
			response = sendRaw(builder.copy(), accessToken());
			if (response.statusCode() == 401) {
				forget();
				throw new SessionExpiredException();
			}
		}
		return checked(response);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder builder, String access) {
		return checked(sendRaw(builder, access));
	}

	private HttpResponse<byte[]> sendRaw(HttpRequest.Builder builder, String access) {
		if (access != null) {
			builder.header("Authorization", "Bearer " + access);
		}
		HttpRequest request = builder.header("Content-Type", "application/json").build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new NetworkException(this.server, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NetworkException(this.server, ex);
		}
	}

	private HttpResponse<byte[]> checked(HttpResponse<byte[]> response) {
		if (response.statusCode() >= 400) {
			throw problem(response);
		}
		return response;
	}

	/** The access token, refreshed first when it is about to expire. */
	private String accessToken() {
		synchronized (this.tokenLock) {
			if (this.tokens == null) {
				throw new SessionExpiredException();
			}
			if (!this.clock.instant().isBefore(this.accessExpiresAt.minus(REFRESH_MARGIN))) {
				refreshLocked();
			}
			return this.tokens.accessToken();
		}
	}

	/**
	 * The server refused {@code used}: refresh, unless another thread did already (a
	 * refresh token is good for one use only: presenting it twice revokes the session).
	 */
	private void refreshAfterRejection(String used) {
		synchronized (this.tokenLock) {
			if (this.tokens == null) {
				throw new SessionExpiredException();
			}
			if (this.tokens.accessToken().equals(used)) {
				refreshLocked();
			}
		}
	}

	private void refreshLocked() {
		HttpResponse<byte[]> response = sendRaw(
				request("/api/v1/auth/refresh").POST(body(Map.of("refreshToken", this.tokens.refreshToken()))), null);
		if (response.statusCode() == 401 || response.statusCode() == 400 || response.statusCode() == 403) {
			this.tokens = null;
			this.accessExpiresAt = null;
			throw new SessionExpiredException();
		}
		keep(read(checked(response).body(), this.json.constructType(Tokens.class)));
	}

	private void keep(Tokens answer) {
		synchronized (this.tokenLock) {
			this.tokens = answer;
			this.accessExpiresAt = this.clock.instant().plusSeconds(answer.expiresIn());
		}
	}

	private void forget() {
		synchronized (this.tokenLock) {
			this.tokens = null;
			this.accessExpiresAt = null;
		}
	}

	private <T> T read(byte[] body, JavaType type) {
		if (body == null || body.length == 0 || type.getRawClass() == Void.class) {
			return null;
		}
		try {
			return this.json.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new ApiException(502, "unreadable-answer", null, ex.getOriginalMessage(), List.of(), Map.of());
		}
	}

	private ApiException problem(HttpResponse<byte[]> response) {
		int status = response.statusCode();
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		if (contentType.contains("json") && response.body().length > 0) {
			try {
				JsonNode node = this.json.readTree(response.body());
				String code = text(node, "code");
				List<ApiException.FieldError> errors = new ArrayList<>();
				for (JsonNode error : node.path("errors")) {
					errors.add(new ApiException.FieldError(text(error, "field"), text(error, "message")));
				}
				Map<String, Object> properties = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> member : node.properties()) {
					if (!PROBLEM_MEMBERS.contains(member.getKey())) {
						properties.put(member.getKey(), this.json.treeToValue(member.getValue(), Object.class));
					}
				}
				response.headers()
					.firstValue("Retry-After")
					.ifPresent((seconds) -> properties.put("retryAfter", seconds));
				return new ApiException(status, (code != null) ? code : defaultCode(status), text(node, "title"),
						text(node, "detail"), errors, properties);
			}
			catch (JacksonException ex) {
				// not a problem document: fall through
			}
		}
		return new ApiException(status, defaultCode(status), null, null, List.of(), Map.of());
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String defaultCode(int status) {
		return switch (status) {
			case 400 -> "malformed-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 409 -> "conflict";
			case 422 -> "validation";
			case 429 -> "too-many-requests";
			default -> (status >= 500) ? "server-error" : "http-" + status;
		};
	}

}
