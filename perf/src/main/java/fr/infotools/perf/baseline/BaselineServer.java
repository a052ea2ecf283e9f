package fr.infotools.perf.baseline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's baseline (docs/performance.md): the server's first three scenarios with
 * the same SQL and the same JSON, served by the JDK's HTTP server and plain JDBC, with no
 * framework, so that the server's figures can be read as a ratio to what the database and
 * the JVM alone allow on the same machine.
 *
 * <pre>
 * java -jar perf/target/infotools-perf.jar --port 18181 --jdbc-url jdbc:mariadb://127.0.0.1:3306/db \
 *      --user root --password "" [--pool 16] [--threads 32]
 * </pre>
 *
 * The token secret comes from INFOTOOLS_TOKEN_SECRET, as for the server.
 */
public final class BaselineServer implements AutoCloseable {

	private static final Pattern PURCHASES = Pattern.compile("/api/v1/customers/(\\d+)/purchases");

	private final HttpServer http;

	private final ConnectionPool pool;

	private final AccessToken tokens;

	private final Clock clock;

	private final ExecutorService executor;

	BaselineServer(int port, ConnectionPool pool, AccessToken tokens, Clock clock, ExecutorService executor)
			throws IOException {
		this.pool = pool;
		this.tokens = tokens;
		this.clock = clock;
		this.executor = executor;
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
		this.http.createContext("/api/v1/", this::handle);
		this.http.setExecutor(executor);
		this.http.start();
	}

	int port() {
		return this.http.getAddress().getPort();
	}

	public static void main(String[] args) throws Exception {
		// without it the JDK server answers every request after a flat 40 ms (Nagle and
		// delayed ACKs)
		System.setProperty("sun.net.httpserver.nodelay", "true");
		Map<String, String> options = options(args);
		ConnectionPool pool = new ConnectionPool(options.get("jdbc-url"), options.getOrDefault("user", "root"),
				options.getOrDefault("password", ""), Integer.parseInt(options.getOrDefault("pool", "16")));
		ExecutorService executor = Executors
			.newFixedThreadPool(Integer.parseInt(options.getOrDefault("threads", "32")));
		BaselineServer server = new BaselineServer(Integer.parseInt(options.getOrDefault("port", "18181")), pool,
				new AccessToken(System.getenv("INFOTOOLS_TOKEN_SECRET")), Clock.systemUTC(), executor);
		System.out.println("baseline ready on http://127.0.0.1:" + server.port());
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + args[i]);
			}
			String name = args[i].substring(2);
			boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
			options.put(name, hasValue ? args[++i] : "true");
		}
		if (!options.containsKey("jdbc-url")) {
			throw new IllegalArgumentException("--jdbc-url is required");
		}
		return options;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			respond(exchange);
		}
	}

	private void respond(HttpExchange exchange) throws IOException {
		Instant now = this.clock.instant();
		AccessToken.Holder holder = this.tokens.check(exchange.getRequestHeaders().getFirst("Authorization"), now);
		if (holder == null) {
			send(exchange, 401, "{\"status\":401,\"title\":\"Unauthorized\"}");
			return;
		}
		if (!"GET".equals(exchange.getRequestMethod())) {
			send(exchange, 405, "{\"status\":405}");
			return;
		}
		String body;
		try {
			body = route(exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()), holder,
					now);
		}
		catch (IllegalArgumentException ex) {
			send(exchange, 400, "{\"status\":400,\"title\":\"Bad Request\"}");
			return;
		}
		catch (SQLException ex) {
			send(exchange, 500, "{\"status\":500,\"title\":\"Internal Server Error\"}");
			return;
		}
		if (body == null) {
			send(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
		}
		else {
			send(exchange, 200, body);
		}
	}

	private String route(String path, Map<String, String> query, AccessToken.Holder holder, Instant now)
			throws SQLException {
		Long owner = holder.manager() ? null : holder.userId();
		if (path.equals("/api/v1/appointments/upcoming")) {
			int limit = bounded(query.get("limit"), 20, 1, 100);
			return this.pool.with((c) -> Endpoints.upcoming(c, holder.userId(), owner, limit, now));
		}
		if (path.equals("/api/v1/customers")) {
			String prefix = query.getOrDefault("q", "");
			int page = bounded(query.get("page"), 0, 0, 100_000);
			int size = bounded(query.get("size"), 20, 1, 100);
			return this.pool.with((c) -> Endpoints.search(c, owner, prefix, page, size));
		}
		Matcher purchases = PURCHASES.matcher(path);
		if (purchases.matches()) {
			long customer = Long.parseLong(purchases.group(1));
			LocalDate today = LocalDate.ofInstant(now, Endpoints.PARIS);
			return this.pool.with((c) -> Endpoints.purchases(c, owner, customer, today));
		}
		return null;
	}

	private static int bounded(String value, int fallback, int min, int max) {
		int number = (value != null) ? Integer.parseInt(value) : fallback;
		if (number < min || number > max) {
			throw new IllegalArgumentException("out of range: " + value);
		}
		return number;
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					query.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return query;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() throws SQLException {
		this.http.stop(0);
		this.executor.shutdownNow();
		this.pool.close();
	}

}
