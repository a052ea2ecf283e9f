package fr.infotools.mobile.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HttpTransportTests {

	private HttpServer server;

	private String base;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/echo", (exchange) -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String answer = exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
					+ " " + exchange.getRequestHeaders().getFirst("Accept-Language") + " "
					+ new String(body, StandardCharsets.UTF_8);
			send(exchange, 200, answer);
		});
		this.server.createContext("/api/v1/missing", (exchange) -> send(exchange, 404, "{\"code\":\"not-found\"}"));
		this.server.createContext("/api/v1/empty", (exchange) -> {
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void sendsJsonAndReadsTheAnswer() throws IOException {
		Transport.Response response = new HttpTransport(this.base, 5000).exchange(new Transport.Request("POST",
				"/api/v1/echo", "{\"subject\":\"Démo\"}", Collections.singletonMap("Accept-Language", "fr")));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.isSuccess()).isTrue();
		assertThat(response.body()).isEqualTo("POST application/json fr {\"subject\":\"Démo\"}");
		assertThat(response.header("CONTENT-TYPE")).isEqualTo("application/problem+json");
	}

	@Test
	void readsErrorAnswersAndEmptyOnes() throws IOException {
		HttpTransport transport = new HttpTransport(this.base, 5000);
		Transport.Response missing = transport
			.exchange(new Transport.Request("GET", "/api/v1/missing", null, Collections.<String, String>emptyMap()));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.isSuccess()).isFalse();
		assertThat(missing.body()).contains("not-found");
		Transport.Response empty = transport
			.exchange(new Transport.Request("DELETE", "/api/v1/empty", null, Collections.<String, String>emptyMap()));
		assertThat(empty.status()).isEqualTo(204);
		assertThat(empty.body()).isEmpty();
	}

	@Test
	void anUnreachableServerIsAnIoError() {
		this.server.stop(0);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> new HttpTransport(this.base, 2000)
			.exchange(new Transport.Request("GET", "/api/v1/echo", null, Collections.<String, String>emptyMap())));
	}

	@Test
	void serverAddressesAreNormalised() {
		assertThat(ServerAddress.normalize(" crm.infotools.fr/ ")).isEqualTo("https://crm.infotools.fr");
		assertThat(ServerAddress.normalize("http://localhost:8080//")).isEqualTo("http://localhost:8080");
		assertThat(ServerAddress.isEncrypted("crm.infotools.fr")).isTrue();
		assertThat(ServerAddress.isEncrypted("HTTP://10.0.2.2:8080")).isFalse();
		assertThat(ServerAddress.isAllowed("crm.infotools.fr")).isTrue();
		assertThat(ServerAddress.isAllowed("http://localhost:8080")).isTrue();
		assertThat(ServerAddress.isAllowed("http://127.0.0.1:8080")).isTrue();
		assertThat(ServerAddress.isAllowed("http://10.0.2.2:8080")).isTrue();
		assertThat(ServerAddress.isAllowed("http://192.168.1.20:8080")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.normalize(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.normalize("ftp://crm.infotools.fr"));
		assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.normalize("https://crm?x=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.normalize("https://crm infotools"));
		assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.normalize("https:///path"));
	}

	private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
