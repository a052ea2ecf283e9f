package fr.infotools.perf.baseline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OptionsTests {

	@Test
	void readsTheCommandLineOverSystemProperties() {
		Properties system = new Properties();
		system.setProperty("baseline.port", "1");
		system.setProperty("baseline.pool", "4");
		system.setProperty("baseline.jdbc-url", "jdbc:from-property");
		system.setProperty("unrelated", "x");
		Options options = Options.parse(
				new String[] { "--port", "2", "--virtual-threads", "--password", "", "--session-check-cache", "0.5" },
				system);
		assertThat(options)
			.isEqualTo(new Options(2, "jdbc:from-property", "root", "", 4, 32, true, Duration.ofMillis(500)));
		assertThat(Options.parse(new String[] { "--jdbc-url", "jdbc:x" }, new Properties()))
			.isEqualTo(new Options(18181, "jdbc:x", "root", "", 16, 32, false, Duration.ofSeconds(5)));
	}

	@Test
	void refusesWhatItCannotUse() {
		Properties none = new Properties();
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] { "--port", "1" }, none))
			.withMessageContaining("--jdbc-url");
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] { "port" }, none));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Options.parse(new String[] { "--jdbc-url", "x", "--pool", "many" }, none))
			.withMessageContaining("--pool");
	}

	@Test
	void startsFromOptionsAndServes() throws Exception {
		try (TestDatabase database = TestDatabase.withData("options")) {
			Options options = Options.parse(new String[] { "--port", "0", "--jdbc-url", database.url, "--user", "sa",
					"--pool", "1", "--threads", "2" }, new Properties());
			try (BaselineServer server = BaselineServer.start(options, TestTokens.SECRET)) {
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/customers"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(401);
			}
		}
	}

	@Test
	void virtualThreadsWhereTheJdkHasThem() throws Exception {
		if (Runtime.version().feature() >= 21) {
			BaselineServer.virtualThreads().shutdown();
		}
		else {
			assertThatIllegalArgumentException().isThrownBy(BaselineServer::virtualThreads)
				.withMessageContaining("JDK 21");
		}
	}

}
