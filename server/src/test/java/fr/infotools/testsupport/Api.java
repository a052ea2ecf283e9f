package fr.infotools.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to the running server over real HTTP.
 */
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Response post(String path, Object body, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString((body instanceof String text) ? text : JSON.writeValueAsString(body))));
	}

	public Response put(String path, Object body, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString((body instanceof String text) ? text : JSON.writeValueAsString(body))));
	}

	public Response delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	/**
	 * Any call with extra headers (Accept-Language, If-Match…); {@code body} null for
	 * none.
	 */
	public Response send(String method, String path, Object body, String token, Map<String, String> headers) {
		HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers
					.ofString((body instanceof String text) ? text : JSON.writeValueAsString(body));
		HttpRequest.Builder request = request(path, token).method(method, publisher);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		return send(request);
	}

	public Response postWithHeaders(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = request(path, null).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		headers.forEach(request::header);
		return send(request);
	}

	/** Logs in through the token endpoint; fails the test if that does not answer 200. */
	public Tokens login(String username) {
		Response response = post("/api/v1/auth/token", Map.of("username", username, "password", DemoAccounts.PASSWORD),
				null);
		if (response.status() != 200) {
			throw new AssertionError(
					"login of " + username + " answered " + response.status() + ": " + response.body());
		}
		return new Tokens(response.json().get("accessToken").asString(),
				response.json().get("refreshToken").asString());
	}

	public Response tokenRequest(String username, String password) {
		return post("/api/v1/auth/token", Map.of("username", username, "password", password), null);
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Tokens(String access, String refresh) {

	}

	public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

		/** The field names of a 400/422 problem's errors. */
		public java.util.List<String> errorFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
			return fields;
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
