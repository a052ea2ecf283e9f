package fr.infotools.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import fr.infotools.InfoToolsApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real InfoTools server with its demo data, started once in the test JVM on a random
 * port (its data under {@code target/test-server}, fresh for each run) and stopped when
 * the JVM ends.
 */
public final class TestServer {

	private static ConfigurableApplicationContext context;

	private static String url;

	private TestServer() {
	}

	/** The server's address, starting it the first time. */
	public static synchronized String url() {
		if (url == null) {
			start();
		}
		return url;
	}

	private static void start() {
		Path data = Path.of("target", "test-server");
		delete(data);
		SpringApplication application = new SpringApplication(InfoToolsApplication.class);
		application.setHeadless(true);
		// command-line arguments win over the server's application.yml
		context = application.run("--server.port=0", "--infotools.data-dir=" + data.toAbsolutePath(),
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.fr.infotools=WARN");
		url = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> context.close()));
	}

	/**
	 * A call to the server as anyone (for example to revoke a session, or post a website
	 * request).
	 */
	public static HttpResponse<String> send(String method, String path, String bearer, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
