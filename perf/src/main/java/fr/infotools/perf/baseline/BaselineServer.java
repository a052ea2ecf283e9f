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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's baseline (docs/performance.md): the server's scenarios 1 to 3 served by
 * the JDK's HTTP server and plain JDBC, no framework, with the statements the server
 * sends to MariaDB, its token and session checks and its JSON, so that each figure of the
 * server can also be read as a ratio to what the database and the JVM alone allow.
 *
 * <pre>
 * INFOTOOLS_TOKEN_SECRET=... java -cp perf/target/infotools-perf.jar fr.infotools.perf.baseline.BaselineServer \
 *      --port 18181 --jdbc-url jdbc:mariadb://127.0.0.1:3306/db --user root --password "" \
 *      [--pool 16] [--threads 32 | --virtual-threads] [--session-check-cache 5]
 * </pre>
 */
public final class BaselineServer implements AutoCloseable {

	static {
		// Read once, when the JDK's server is first used. Without it every answer waits
		// about 40 ms (Nagle's algorithm against the client's delayed ACK).
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	/** Invoicing.PARIS: the day that decides what is overdue. */
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Pattern PURCHASES = Pattern.compile("/api/v1/customers/([^/]+)/purchases");

	private final HttpServer http;

	private final ExecutorService executor;

	private final ConnectionPool pool;

	private final AccessTokens tokens;

	private final Sessions sessions;

	private final Clock clock;

	private final UpcomingAppointments upcoming;

	private final CustomerSearch search;

	private final PurchaseRecap purchases;

	BaselineServer(int port, ConnectionPool pool, AccessTokens tokens, Sessions sessions, Clock clock,
			ExecutorService executor) throws IOException {
		this.pool = pool;
		this.tokens = tokens;
		this.sessions = sessions;
		this.clock = clock;
		this.executor = executor;
		this.upcoming = new UpcomingAppointments(pool);
		this.search = new CustomerSearch(pool);
		this.purchases = new PurchaseRecap(pool);
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
		this.http.createContext("/", this::handle);
		this.http.setExecutor(executor);
		this.http.start();
	}

	public static void main(String[] args) throws Exception {
		BaselineServer server;
		try {
			server = start(Options.parse(args, System.getProperties()), System.getenv("INFOTOOLS_TOKEN_SECRET"));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("baseline: " + ex.getMessage());
			System.exit(2);
			return;
		}
		System.out.println("baseline ready on http://127.0.0.1:" + server.port());
	}

	static BaselineServer start(Options options, String tokenSecret) throws IOException, SQLException {
		AccessTokens tokens = new AccessTokens(tokenSecret);
		ExecutorService executor = options.virtualThreads() ? virtualThreads()
				: Executors.newFixedThreadPool(options.threads());
		ConnectionPool pool = new ConnectionPool(options.jdbcUrl(), options.user(), options.password(), options.pool());
		return new BaselineServer(options.port(), pool, tokens, new Sessions(pool, options.sessionCheckCache()),
				Clock.systemUTC(), executor);
	}

	/**
	 * One virtual thread per request, on a JDK that has them (21+); looked up by
	 * reflection because the module compiles for Java 17.
	 */
	static ExecutorService virtualThreads() {
		try {
			return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException(
					"--virtual-threads needs a JDK 21 or newer (this is " + Runtime.version() + ")", ex);
		}
	}

	int port() {
		return this.http.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			int status = 200;
			String body;
			try {
				body = answer(exchange);
			}
			catch (Problem problem) {
				status = problem.status();
				body = problem.json();
			}
			catch (SQLException | RuntimeException ex) {
				System.err.println("500 on " + exchange.getRequestURI() + ": " + ex);
				Problem problem = Problem.internal();
				status = problem.status();
				body = problem.json();
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	/**
	 * As the server: the token and its session first (401 for any API path), then the
	 * method, the path and the parameters.
	 */
	private String answer(HttpExchange exchange) throws SQLException {
		String path = exchange.getRequestURI().getPath();
		if (!path.startsWith("/api/")) {
			throw Problem.notFound();
		}
		Instant now = this.clock.instant();
		AccessTokens.Caller caller = this.tokens.verify(exchange.getRequestHeaders().getFirst("Authorization"), now);
		if (caller == null || !this.sessions.isOpen(caller.sessionId(), now)) {
			throw Problem.unauthenticated();
		}
		if (!"GET".equals(exchange.getRequestMethod())) {
			throw Problem.methodNotAllowed();
		}
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		if (path.equals("/api/v1/appointments/upcoming")) {
			int limit = number(query, "limit", UpcomingAppointments.DEFAULT_LIMIT, 1, UpcomingAppointments.MAX_LIMIT);
			return this.upcoming.json(caller, limit, now);
		}
		if (path.equals("/api/v1/customers")) {
			String sort = query.get("sort");
			if (sort != null && !sort.isBlank() && !sort.equals("companyName") && !sort.equals("companyName,asc")) {
				// only the server's default order is served here
				throw Problem.invalid("sort");
			}
			// PageQuery: page * 100 must stay an int
			int page = number(query, "page", 0, 0, Integer.MAX_VALUE / CustomerSearch.MAX_SIZE);
			int size = number(query, "size", CustomerSearch.DEFAULT_SIZE, 1, CustomerSearch.MAX_SIZE);
			return this.search.json(caller, query.get("q"), page, size);
		}
		Matcher purchases = PURCHASES.matcher(path);
		if (purchases.matches()) {
			long customerId;
			try {
				customerId = Long.parseLong(purchases.group(1));
			}
			catch (NumberFormatException ex) {
				throw Problem.malformed("id");
			}
			return this.purchases.json(caller, customerId, LocalDate.ofInstant(now, PARIS));
		}
		throw Problem.notFound();
	}

	/** An optional whole-number parameter: 400 if not a number, 422 out of range. */
	private static int number(Map<String, String> query, String name, int fallback, int min, int max) {
		String value = query.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		int number;
		try {
			number = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw Problem.malformed(name);
		}
		if (number < min || number > max) {
			throw Problem.invalid(name);
		}
		return number;
	}

	/** The first value of each parameter. */
	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				String name = (equals >= 0) ? pair.substring(0, equals) : pair;
				String value = (equals >= 0) ? pair.substring(equals + 1) : "";
				try {
					query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
							URLDecoder.decode(value, StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					throw Problem.malformed(name);
				}
			}
		}
		return query;
	}

	@Override
	public void close() throws SQLException {
		this.http.stop(0);
		this.executor.shutdownNow();
		this.pool.close();
	}

}
