package fr.infotools.identity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import fr.infotools.identity.directory.EmbeddedDirectory;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.Api.Tokens;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in with a directory account through the API, over real HTTP, against the
 * embedded directory.
 */
@IntegrationTest
class AuthenticationIntegrationTests {

	private static final String KARIM_DN = "CN=Karim Haddad,OU=Commerciaux,DC=infotools,DC=local";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedDirectory directory;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@ParameterizedTest
	@CsvSource({ "mmartin, MANAGER, Marie Martin", "jdupont, SALES, Jean Dupont", "sleroy, SALES, Sophie Leroy",
			"khaddad, SALES, Karim Haddad", "epetit, SALES, Emma Petit" })
	void everyDemoAccountLogsInWithItsRole(String username, String role, String displayName) {
		Response response = this.api.tokenRequest(username, DemoAccounts.PASSWORD);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(response.json().get("expiresIn").asLong()).isBetween(850L, 900L);
		assertThat(response.json().get("user").get("role").asString()).isEqualTo(role);
		Response me = this.api.get("/api/v1/me", response.json().get("accessToken").asString());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo(username);
		assertThat(me.json().get("displayName").asString()).isEqualTo(displayName);
		assertThat(me.json().get("role").asString()).isEqualTo(role);
		assertThat(me.json().get("email").asString()).endsWith("@infotools.local");
		assertThat(Instant.parse(me.json().get("lastLoginAt").asString())).isAfter(Instant.now().minusSeconds(60));
	}

	@Test
	void theUserPrincipalNameAndTheWindowsFormWorkToo() {
		Response upn = this.api.tokenRequest("jdupont@infotools.local", DemoAccounts.PASSWORD);
		assertThat(upn.status()).isEqualTo(200);
		assertThat(upn.json().get("user").get("username").asString()).isEqualTo("jdupont");
		Response windows = this.api.tokenRequest("INFOTOOLS\\jdupont", DemoAccounts.PASSWORD);
		assertThat(windows.status()).isEqualTo(200);
		assertThat(windows.json().get("user").get("username").asString()).isEqualTo("jdupont");
	}

	@Test
	void theDeveloperAccountIsRefusedWithAClearMessage() {
		Response response = this.api.tokenRequest(DemoAccounts.DEVELOPER, DemoAccounts.PASSWORD);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo("no-crm-access");
		assertThat(response.json().get("detail").asString()).contains("CRM_Commerciaux");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE username = 'pdurand'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aWrongPasswordOrUnknownAccountGetsTheSameGenericAnswer() {
		Response wrongPassword = this.api.tokenRequest("epetit", "not-her-password");
		Response unknown = this.api.tokenRequest("nobody", "whatever");
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrongPassword.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
		assertThat(wrongPassword.body()).doesNotContain("not-her-password");
	}

	@Test
	void missingFieldsAreNamedAndMalformedJsonIsABadRequest() {
		Response missing = this.api.post("/api/v1/auth/token", Map.of("username", "jdupont"), null);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		Response malformed = this.api.post("/api/v1/auth/token", "{\"username\": ", null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("code").asString()).isEqualTo("malformed-request");
	}

	@Test
	void repeatedFailuresForOneAccountAreThrottledWithRetryAfter() {
		String account = "throttled-" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.tokenRequest(account, "wrong").status()).isEqualTo(401);
		}
		Response refused = this.api.tokenRequest(account, "wrong");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
		assertThat(refused.json().get("code").asString()).isEqualTo("login-throttled");
	}

	@Test
	void aThrottledAccountIsRefusedEvenWithTheRightPasswordWhateverFormOfItsName() throws Exception {
		String username = "t" + UUID.randomUUID().toString().substring(0, 8);
		this.directory.server()
			.add("dn: CN=" + username + ",OU=Commerciaux,DC=infotools,DC=local", "objectClass: user",
					"sAMAccountName: " + username, "userPrincipalName: " + username + "@infotools.local",
					"displayName: Test " + username, "memberOf: CN=CRM_Commerciaux,OU=Groupes,DC=infotools,DC=local",
					"userPassword: " + DemoAccounts.PASSWORD);
		assertThat(this.api.tokenRequest(username, DemoAccounts.PASSWORD).status()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			this.api.tokenRequest(username.toUpperCase() + "@infotools.local", "wrong");
		}
		assertThat(this.api.tokenRequest(username, DemoAccounts.PASSWORD).status()).isEqualTo(429);
	}

	@Test
	void refreshRotatesTheTokensAndAReusedRefreshTokenEndsTheSession() {
		Tokens first = this.api.login(DemoAccounts.REP);
		Response refreshed = this.api.post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh()), null);
		assertThat(refreshed.status()).isEqualTo(200);
		String secondAccess = refreshed.json().get("accessToken").asString();
		String secondRefresh = refreshed.json().get("refreshToken").asString();
		assertThat(secondRefresh).isNotEqualTo(first.refresh());
		assertThat(this.api.get("/api/v1/me", secondAccess).status()).isEqualTo(200);

		Response replay = this.api.post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh()), null);
		assertThat(replay.status()).isEqualTo(401);
		assertThat(replay.json().get("code").asString()).isEqualTo("invalid-refresh-token");
		// the replay revoked the whole session: the newer tokens stop working too
		assertThat(this.api.post("/api/v1/auth/refresh", Map.of("refreshToken", secondRefresh), null).status())
			.isEqualTo(401);
		assertThat(this.api.get("/api/v1/me", secondAccess).status()).isEqualTo(401);
	}

	@Test
	void anUnknownRefreshTokenIsRefused() {
		assertThat(this.api.post("/api/v1/auth/refresh", Map.of("refreshToken", "made-up"), null).status())
			.isEqualTo(401);
		assertThat(this.api.post("/api/v1/auth/refresh", Map.of("refreshToken", ""), null).status()).isEqualTo(422);
	}

	@Test
	void logoutEndsTheSession() {
		Tokens tokens = this.api.login(DemoAccounts.OTHER_REP);
		assertThat(this.api.post("/api/v1/auth/logout", Map.of(), tokens.access()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/me", tokens.access()).status()).isEqualTo(401);
		assertThat(this.api.post("/api/v1/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
	}

	@Test
	void tamperedForeignAndExpiredTokensAreRefused() {
		Tokens tokens = this.api.login(DemoAccounts.REP);
		String[] parts = tokens.access().split("\\.");
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
						.replace("\"SALES\"", "\"MANAGER\"")
						.getBytes())
				+ "." + parts[2];
		assertThat(this.api.get("/api/v1/me", forged).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/audit/verify", forged).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/me", "not-a-token").status()).isEqualTo(401);
		Map<String, Object> session = this.jdbc
			.sql("SELECT id, user_id FROM auth_sessions ORDER BY created_at DESC LIMIT 1")
			.query()
			.singleRow();
		String sessionId = (String) session.get("id");
		long userId = ((Number) session.get("user_id")).longValue();
		assertThat(this.api.get("/api/v1/me", token(userId, sessionId, Instant.now().minusSeconds(600))).status())
			.isEqualTo(401);
		assertThat(this.api.get("/api/v1/me", token(userId, sessionId, Instant.now().plusSeconds(600))).status())
			.isEqualTo(200);
	}

	@Test
	void theApiNeedsATokenAndSaysSoInTheCallersLanguage() {
		Response french = this.api.get("/api/v1/me", null);
		assertThat(french.status()).isEqualTo(401);
		assertThat(french.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(french.json().get("title").asString()).isEqualTo("Connexion requise");
		Response english = this.api.postWithHeaders("/api/v1/auth/token",
				Map.of("username", "jdupont", "password", "wrong"), Map.of("Accept-Language", "en"));
		assertThat(english.json().get("detail").asString()).isEqualTo("Invalid username or password.");
	}

	@Test
	void groupMembershipIsReadAgainAtEveryLogin() throws Exception {
		String responsables = "CN=CRM_Responsables,OU=Groupes,DC=infotools,DC=local";
		String commerciaux = "CN=CRM_Commerciaux,OU=Groupes,DC=infotools,DC=local";
		try {
			this.directory.server()
				.modify(KARIM_DN, new Modification(ModificationType.REPLACE, "memberOf", responsables));
			assertThat(
					this.api.tokenRequest("khaddad", DemoAccounts.PASSWORD).json().get("user").get("role").asString())
				.isEqualTo("MANAGER");
			this.directory.server().modify(KARIM_DN, new Modification(ModificationType.DELETE, "memberOf"));
			assertThat(this.api.tokenRequest("khaddad", DemoAccounts.PASSWORD).status()).isEqualTo(403);
		}
		finally {
			this.directory.server()
				.modify(KARIM_DN, new Modification(ModificationType.REPLACE, "memberOf", commerciaux));
		}
		assertThat(this.api.tokenRequest("khaddad", DemoAccounts.PASSWORD).json().get("user").get("role").asString())
			.isEqualTo("SALES");
	}

	@Test
	void theMirroredUserKeepsWhatTheDirectorySays() {
		this.api.login(DemoAccounts.MANAGER);
		Map<String, Object> row = this.jdbc
			.sql("SELECT display_name, email, role FROM users WHERE username = 'mmartin'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("display_name", "Marie Martin")
			.containsEntry("email", "marie.martin@infotools.local")
			.containsEntry("role", "MANAGER");
	}

	private String token(long userId, String sessionId, Instant expiresAt) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("infotools")
			.subject("jdupont")
			.issuedAt(expiresAt.minusSeconds(900))
			.expiresAt(expiresAt)
			.claim("uid", userId)
			.claim("name", "Jean Dupont")
			.claim("role", "SALES")
			.claim("sid", sessionId)
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
