package fr.infotools.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages' way in: the login form with its CSRF token opens a session for a CRM
 * user, refuses the developer, and logout ends the session.
 */
@IntegrationTest
class FormLoginIntegrationTests {

	private static final Pattern CSRF = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	@LocalServerPort
	int port;

	HttpClient browser;

	@BeforeEach
	void setUp() {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void aRepLogsInByFormAndLogsOut() throws Exception {
		HttpResponse<String> login = submitLogin(DemoAccounts.REP, DemoAccounts.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/info").statusCode()).isNotEqualTo(302);
		HttpResponse<String> logout = post("/logout", "_csrf=" + csrfToken("/login"));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(get("/actuator/info").statusCode()).isEqualTo(302);
	}

	@Test
	void theDeveloperIsRefusedWithAClearMessage() throws Exception {
		HttpResponse<String> login = submitLogin(DemoAccounts.DEVELOPER, DemoAccounts.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("error"));
		assertThat(get("/login?error").body()).contains("aucun groupe du CRM");
		assertThat(get("/actuator/info").statusCode()).isEqualTo(302);
	}

	@Test
	void theFormRequiresItsCsrfToken() throws Exception {
		HttpResponse<String> forged = post("/login", "username=" + DemoAccounts.REP + "&password="
				+ URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8));
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> submitLogin(String username, String password) throws Exception {
		String token = csrfToken("/login");
		return post("/login",
				"username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

	private String csrfToken(String page) throws Exception {
		Matcher matcher = CSRF.matcher(get(page).body());
		assertThat(matcher.find()).as("CSRF token on " + page).isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
