package fr.infotools.monitoring;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a supervision tool reads: the public liveness and readiness probes (readiness
 * counting the database and the directory), and the Prometheus metrics, which only the
 * scrape token opens and which carry the product's own figures (logins by outcome, the
 * mail outbox) beside Spring's (HTTP requests, JVM).
 */
@IntegrationTest
class SupervisionEndpointsTests {

	private static final String SCRAPE_TOKEN = "test-scrape-token";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void livenessAndReadinessArePublicAndReadinessCountsTheDatabaseAndTheDirectory() {
		Response liveness = this.api.get("/actuator/health/liveness", null);
		assertThat(liveness.status()).isEqualTo(200);
		assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
		Response readiness = this.api.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().get("components").get("directory").get("status").asString()).isEqualTo("UP");
		assertThat(readiness.body()).doesNotContain("ldap://");
	}

	@Test
	void theMetricsAreReadWithTheScrapeTokenOnly() {
		assertThat(this.api.get("/actuator/prometheus", null).status()).isEqualTo(401);
		assertThat(this.api.get("/actuator/prometheus", "not-the-token").status()).isEqualTo(401);
		assertThat(this.api.get("/actuator/prometheus", SCRAPE_TOKEN + "x").status()).isEqualTo(401);
		String manager = this.api.login(DemoAccounts.MANAGER).access();
		assertThat(this.api.get("/actuator/prometheus", manager).status()).isEqualTo(401);
		assertThat(this.api.get("/actuator/metrics", manager).status()).isEqualTo(401);
		Response scrape = this.api.get("/actuator/prometheus", SCRAPE_TOKEN);
		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_count{",
				"http_server_requests_seconds_bucket{", "jvm_memory_used_bytes{", "hikaricp_connections_active{",
				"application=\"infotools\"");
	}

	@Test
	void loginsAreCountedByOutcome() {
		double succeeded = value("infotools_logins_total", "outcome=\"success\"");
		double failed = value("infotools_logins_total", "outcome=\"bad_credentials\"");
		this.api.login(DemoAccounts.REP);
		assertThat(this.api.tokenRequest(DemoAccounts.OTHER_REP, "wrong password").status()).isEqualTo(401);
		assertThat(value("infotools_logins_total", "outcome=\"success\"")).isEqualTo(succeeded + 1);
		assertThat(value("infotools_logins_total", "outcome=\"bad_credentials\"")).isEqualTo(failed + 1);
		assertThat(scrape()).contains("outcome=\"throttled\"", "outcome=\"no_crm_access\"");
	}

	@Test
	void theMailOutboxIsMeasuredByStatus() {
		String metrics = scrape();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
		double sum = 0;
		for (String status : new String[] { "pending", "sending", "sent", "failed" }) {
			sum += value(metrics, "infotools_mail_outbox_messages", "status=\"" + status + "\"");
		}
		assertThat(sum).isEqualTo(total);
		assertThat(value(metrics, "infotools_mail_outbox_oldest_due_age_seconds", "application=\"infotools\""))
			.isGreaterThanOrEqualTo(0);
	}

	private String scrape() {
		Response scrape = this.api.send("GET", "/actuator/prometheus", null, SCRAPE_TOKEN,
				Map.of("Accept", "text/plain"));
		assertThat(scrape.status()).isEqualTo(200);
		return scrape.body();
	}

	private double value(String metric, String label) {
		return value(scrape(), metric, label);
	}

	private static double value(String metrics, String metric, String label) {
		Matcher line = Pattern.compile("^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
			.matcher(metrics);
		while (line.find()) {
			if (line.group(1).contains(label)) {
				return Double.parseDouble(line.group(2));
			}
		}
		throw new AssertionError(metric + " with " + label + " not found in:\n" + metrics);
	}

}
