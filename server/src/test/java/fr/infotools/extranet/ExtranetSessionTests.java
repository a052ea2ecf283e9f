package fr.infotools.extranet;

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
 * The extranet's session over real HTTP, as a browser holds it: the login form leads a
 * rep to the extranet, the session cookie is kept from scripts and other sites, logging
 * out ends the session for good, and addresses no controller answers get the extranet's
 * own error pages.
 */
@IntegrationTest
class ExtranetSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	HttpClient browser;

	@BeforeEach
	void setUp() {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void aRepLandsOnTheExtranetAndLoggingOutEndsTheSession() throws Exception {
		HttpResponse<String> login = logIn(DemoAccounts.REP);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/app"));
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		HttpResponse<String> home = get("/app");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Bonjour Jean Dupont");

		HttpResponse<String> logout = post("/logout", "_csrf=" + token(home.body()));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));
		assertThat(get("/login?logout").body()).contains("Vous êtes déconnecté");
		HttpResponse<String> after = get("/app");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void aPageAskedForBeforeLoggingInIsShownAfter() throws Exception {
		assertThat(get("/app/produits?categorie=SERVER").statusCode()).isEqualTo(302);
		HttpResponse<String> login = logIn(DemoAccounts.REP);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/app/produits?categorie=SERVER"));
	}

	@Test
	void aManagerWhoLogsInIsShownTheRefusalPageAndTheDeveloperIsRefusedAtLogin() throws Exception {
		assertThat(logIn(DemoAccounts.MANAGER).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/app"));
		HttpResponse<String> refused = get("/app");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Espace réservé aux commerciaux").contains("application de bureau");
		assertThat(post("/logout", "_csrf=" + token(refused.body())).statusCode()).isEqualTo(302);

		setUp();
		HttpResponse<String> developer = logIn(DemoAccounts.DEVELOPER);
		assertThat(developer.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/login?error"));
		assertThat(get("/login?error").body()).contains("aucun groupe du CRM");
		assertThat(get("/app").statusCode()).isEqualTo(302);
	}

	@Test
	void unknownAddressesAndRefusedFormsGetTheExtranetsErrorPages() throws Exception {
		logIn(DemoAccounts.REP);
		HttpResponse<String> missing = get("/app/nulle-part");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(missing.body()).contains("Page introuvable").contains("Jean Dupont").doesNotContain("\"status\"");

		HttpResponse<String> notAllowed = this.browser.send(HttpRequest.newBuilder(uri("/app/profil"))
			.header("Accept", "text/html")
			.method("PATCH", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notAllowed.statusCode()).isIn(403, 405);
		assertThat(notAllowed.body()).contains("<html");

		HttpResponse<String> forged = post("/app/profil/rappel", "reminderMinutes=15");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Action refusée");

		// the public site keeps its own error page
		assertThat(get("/nulle-part").body()).contains("Page introuvable").doesNotContain("Jean Dupont");
	}

	@Test
	void aFormPostedAfterTheSessionEndedLeadsBackToTheLoginForm() throws Exception {
		logIn(DemoAccounts.REP);
		String token = token(get("/app/profil").body());
		post("/logout", "_csrf=" + token);
		HttpResponse<String> late = this.browser.send(HttpRequest.newBuilder(uri("/app/profil/rappel"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Cookie", "JSESSIONID=expired-session")
			.POST(HttpRequest.BodyPublishers.ofString("reminderMinutes=15&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(late.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private HttpResponse<String> logIn(String username) throws Exception {
		String token = token(get("/login").body());
		return post("/login", "username=" + username + "&password="
				+ URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
