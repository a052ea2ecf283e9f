package fr.infotools.desktop.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerInput;
import fr.infotools.desktop.api.model.CustomerType;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP transport against a small stub server: login, bearer, silent refresh, problem
 * documents, an unreachable server.
 */
class ApiClientTests {

	private HttpServer server;

	private final Map<String, Function<HttpExchange, Answer>> routes = new ConcurrentHashMap<>();

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<String> bearers = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T09:00:00Z"));

	private ApiClient client;

	record Answer(int status, String contentType, String body) {
	}

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
			this.calls.add(call);
			this.bearers.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			Function<HttpExchange, Answer> route = this.routes
				.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
			Answer answer = (route != null) ? route.apply(exchange) : new Answer(404, "text/plain", "nope");
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", answer.contentType());
			exchange.sendResponseHeaders(answer.status(), (bytes.length == 0) ? -1 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
		Clock clock = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return ApiClientTests.this.now.get();
			}
		};
		this.client = new ApiClient(clock);
		this.client.setServer(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()));
		route("POST /api/v1/auth/token", 200, tokens("access-1", "refresh-1", "MANAGER"));
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void route(String call, int status, String json) {
		this.routes.put(call, (exchange) -> new Answer(status, "application/json", json));
	}

	private static String tokens(String access, String refresh, String role) {
		return """
				{"tokenType":"Bearer","accessToken":"%s","expiresIn":900,"refreshToken":"%s","refreshExpiresIn":1209600,
				 "user":{"id":1,"username":"mmartin","displayName":"Marie Martin","role":"%s"},"somethingNew":true}
				""".formatted(access, refresh, role);
	}

	@Test
	void logsInAndSendsTheBearerAndTheLanguageOnEveryCall() {
		Tokens tokens = this.client.login("mmartin", "secret");
		assertThat(tokens.user().role()).isEqualTo(Role.MANAGER);
		assertThat(this.bodies.get(0)).contains("\"username\":\"mmartin\"").contains("\"password\":\"secret\"");
		route("GET /api/v1/customers", 200, """
				{"items":[{"id":7,"type":"PROSPECT","companyName":"Atelier","version":3,"unknownField":1}],
				 "page":0,"size":20,"totalItems":1,"totalPages":1}""");

		Page<Customer> page = new CustomersApi(this.client).list("Ate lier", CustomerType.PROSPECT, 4L, 0, 20);

		assertThat(page.items()).extracting(Customer::companyName).containsExactly("Atelier");
		assertThat(this.calls.get(1))
			.isEqualTo("GET /api/v1/customers?q=Ate+lier&type=PROSPECT&ownerId=4&page=0&size=20&sort=companyName");
		assertThat(this.bearers.get(1)).isEqualTo("Bearer access-1");
	}

	@Test
	void leavesOutNullFieldsOfWhatItSends() {
		this.client.login("mmartin", "secret");
		route("POST /api/v1/customers", 201, "{\"id\":8,\"companyName\":\"X\",\"version\":0}");
		new CustomersApi(this.client).create(new CustomerInput(CustomerType.PROSPECT, "X", null, null, null, null, null,
				null, null, null, 2L, null));
		assertThat(this.bodies.get(1)).isEqualTo("{\"type\":\"PROSPECT\",\"companyName\":\"X\",\"ownerId\":2}");
	}

	@Test
	void refreshesTheTokenSilentlyBeforeItExpires() {
		this.client.login("mmartin", "secret");
		route("POST /api/v1/auth/refresh", 200, tokens("access-2", "refresh-2", "MANAGER"));
		route("GET /api/v1/me", 200, "{\"id\":1,\"username\":\"mmartin\",\"role\":\"MANAGER\"}");
		this.now.set(this.now.get().plus(Duration.ofSeconds(900 - 30)));

		new UsersApi(this.client).me();

		assertThat(this.calls).containsExactly("POST /api/v1/auth/token", "POST /api/v1/auth/refresh",
				"GET /api/v1/me");
		assertThat(this.bodies.get(1)).isEqualTo("{\"refreshToken\":\"refresh-1\"}");
		assertThat(this.bearers.get(2)).isEqualTo("Bearer access-2");
	}

	@Test
	void refreshesOnceAndRetriesWhenTheServerRefusesTheToken() {
		this.client.login("mmartin", "secret");
		route("POST /api/v1/auth/refresh", 200, tokens("access-2", "refresh-2", "MANAGER"));
		this.routes.put("GET /api/v1/me",
				(exchange) -> "Bearer access-1".equals(exchange.getRequestHeaders().getFirst("Authorization"))
						? new Answer(401, "application/problem+json", "{\"status\":401,\"code\":\"unauthenticated\"}")
						: new Answer(200, "application/json", "{\"id\":1,\"username\":\"mmartin\"}"));

		assertThat(new UsersApi(this.client).me().username()).isEqualTo("mmartin");
		assertThat(this.calls).containsExactly("POST /api/v1/auth/token", "GET /api/v1/me", "POST /api/v1/auth/refresh",
				"GET /api/v1/me");
	}

	@Test
	void aSessionThatCannotBeRefreshedIsOver() {
		this.client.login("mmartin", "secret");
		route("GET /api/v1/me", 401, "{\"status\":401,\"code\":\"unauthenticated\"}");
		route("POST /api/v1/auth/refresh", 401, "{\"status\":401,\"code\":\"invalid-refresh-token\"}");

		assertThatThrownBy(() -> new UsersApi(this.client).me()).isInstanceOf(SessionExpiredException.class);
		assertThat(this.client.hasSession()).isFalse();
		assertThatThrownBy(() -> new UsersApi(this.client).me()).isInstanceOf(SessionExpiredException.class);
	}

	@Test
	void readsProblemDocumentsWithTheirFieldsAndMembers() {
		this.client.login("mmartin", "secret");
		route("POST /api/v1/invoices/5/issue", 409, """
				{"type":"urn:infotools:problem:insufficient-stock","title":"Stock insuffisant","status":409,
				 "code":"insufficient-stock","detail":"Stock insuffisant.",
				 "shortages":[{"productId":16,"sku":"SRV-BAIE-12U","requested":20,"available":13}]}""");
		route("POST /api/v1/customers", 422, """
				{"status":422,"code":"validation","title":"Données invalides",
				 "errors":[{"field":"companyName","message":"ne doit pas être vide"}]}""");

		assertThatThrownBy(() -> new InvoicesApi(this.client).issue(5)).isInstanceOfSatisfying(ApiException.class,
				(problem) -> {
					assertThat(problem.status()).isEqualTo(409);
					assertThat(problem.code()).isEqualTo("insufficient-stock");
					assertThat(problem.detail()).isEqualTo("Stock insuffisant.");
					assertThat(problem.properties().get("shortages")).asList().hasSize(1);
				});
		assertThatThrownBy(() -> new CustomersApi(this.client)
			.create(new CustomerInput(null, "", null, null, null, null, null, null, null, null, 2L, null)))
			.isInstanceOfSatisfying(ApiException.class, (problem) -> {
				assertThat(problem.isValidation()).isTrue();
				assertThat(problem.fieldErrors())
					.containsExactly(new ApiException.FieldError("companyName", "ne doit pas être vide"));
			});
	}

	@Test
	void anAnswerThatIsNotAProblemDocumentStillGivesItsStatus() {
		this.client.login("mmartin", "secret");
		assertThatThrownBy(() -> new StatisticsApi(this.client).reportPdf(null, null))
			.isInstanceOfSatisfying(ApiException.class, (problem) -> {
				assertThat(problem.status()).isEqualTo(404);
				assertThat(problem.code()).isEqualTo("not-found");
			});
	}

	@Test
	void readsBinaryAnswers() {
		this.client.login("mmartin", "secret");
		this.routes.put("GET /api/v1/invoices/3/pdf", (exchange) -> new Answer(200, "application/pdf", "%PDF-1.7"));
		assertThat(new String(new InvoicesApi(this.client).pdf(3), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
	}

	@Test
	void aServerThatDoesNotAnswerIsANetworkError() {
		this.client.setServer(URI.create("http://127.0.0.1:9"));
		assertThatThrownBy(() -> this.client.login("mmartin", "secret")).isInstanceOf(NetworkException.class);
	}

	@Test
	void logsOutOnTheServerAndForgetsTheTokens() {
		this.client.login("mmartin", "secret");
		this.routes.put("POST /api/v1/auth/logout", (exchange) -> new Answer(204, "text/plain", ""));
		this.client.logout();
		assertThat(this.calls).contains("POST /api/v1/auth/logout");
		assertThat(this.client.hasSession()).isFalse();
	}

	@Test
	void readsTheServerAddressAsUsersTypeIt() {
		assertThat(ApiClient.parseServer("localhost:8080")).isEqualTo(URI.create("http://localhost:8080"));
		assertThat(ApiClient.parseServer(" https://crm.example/ ")).isEqualTo(URI.create("https://crm.example"));
		assertThatThrownBy(() -> ApiClient.parseServer("ftp://x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ApiClient.parseServer(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(ApiClient.parseServer("crm.infotools.fr")).as("HTTPS is assumed")
			.isEqualTo(URI.create("https://crm.infotools.fr"));
		assertThat(ApiClient.parseServer("http://127.0.0.1:8080")).isEqualTo(URI.create("http://127.0.0.1:8080"));
	}

	@Test
	void refusesToSendAPasswordInClearToAnotherMachine() {
		assertThatThrownBy(() -> ApiClient.parseServer("http://crm.infotools.fr"))
			.isInstanceOf(ApiClient.InsecureAddressException.class);
		assertThatThrownBy(() -> ApiClient.parseServer("http://192.168.1.10:8080"))
			.isInstanceOf(ApiClient.InsecureAddressException.class);
	}

}
