package fr.infotools.identity;

import java.util.Map;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.SambaActiveDirectory;
import fr.infotools.testsupport.SambaActiveDirectory.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production login path against a real Active Directory: the whole server in
 * {@code active-directory} mode, binding over LDAPS to the Samba 4 domain controller that
 * {@code deploy/directory/samba-ad.sh up} runs on 127.0.0.1, with hostname verification
 * on. Skipped when no such DC answers, unless {@code -Dinfotools.require-ad=true}.
 */
@ExtendWith(SambaActiveDirectory.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "infotools.directory.mode=active-directory",
				"infotools.directory.domain=" + SambaActiveDirectory.DOMAIN,
				"infotools.directory.url=" + SambaActiveDirectory.URL,
				"infotools.directory.root-dn=" + SambaActiveDirectory.ROOT_DN, "infotools.demo-data.enabled=false" })
@ActiveProfiles("test")
@DirtiesContext
@Tag("active-directory")
class ActiveDirectoryIntegrationTests {

	private static final Account REP = SambaActiveDirectory.REP;

	private static final Account MANAGER = SambaActiveDirectory.MANAGER;

	private static final Account DEVELOPER = SambaActiveDirectory.DEVELOPER;

	private static final Account LEAVING_REP = SambaActiveDirectory.LEAVING_REP;

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
	void aRepLogsInWithTheAccountNameAndGetsTheSalesRole() {
		Response response = this.api.tokenRequest(REP.username(), REP.password());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("user").get("username").asString()).isEqualTo("jdupont");
		assertThat(response.json().get("user").get("role").asString()).isEqualTo("SALES");
		Response me = this.api.get("/api/v1/me", response.json().get("accessToken").asString());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("displayName").asString()).isEqualTo(REP.displayName());
		assertThat(me.json().get("email").asString()).isEqualTo("jean.dupont@infotools.test");
		assertThat(me.json().get("role").asString()).isEqualTo("SALES");
	}

	@Test
	void aManagerLogsInWithTheAccountNameAndGetsTheManagerRole() {
		Response response = this.api.tokenRequest(MANAGER.username(), MANAGER.password());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("user").get("role").asString()).isEqualTo("MANAGER");
		Map<String, Object> row = this.jdbc
			.sql("SELECT display_name, email, role FROM users WHERE username = 'mmartin'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("display_name", "Marie Martin")
			.containsEntry("email", "marie.martin@infotools.test")
			.containsEntry("role", "MANAGER");
	}

	@Test
	void theUserPrincipalNameWorksForBothRolesWhateverItsCase() {
		Response rep = this.api.tokenRequest(REP.userPrincipalName(), REP.password());
		assertThat(rep.status()).as(rep.body()).isEqualTo(200);
		assertThat(rep.json().get("user").get("username").asString()).isEqualTo("jdupont");
		assertThat(rep.json().get("user").get("role").asString()).isEqualTo("SALES");
		Response manager = this.api.tokenRequest("MMartin@INFOTOOLS.TEST", MANAGER.password());
		assertThat(manager.status()).as(manager.body()).isEqualTo(200);
		assertThat(manager.json().get("user").get("username").asString()).isEqualTo("mmartin");
		assertThat(manager.json().get("user").get("role").asString()).isEqualTo("MANAGER");
	}

	@Test
	void theReadinessProbeSeesTheDomainControllerOverLdaps() {
		Response readiness = this.api.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("components").get("directory").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theWindowsFormDomainBackslashAccountWorks() {
		Response rep = this.api.tokenRequest("INFOTOOLS\\" + REP.username(), REP.password());
		assertThat(rep.status()).as(rep.body()).isEqualTo(200);
		assertThat(rep.json().get("user").get("username").asString()).isEqualTo("jdupont");
	}

	@Test
	void aWrongPasswordOrAnUnknownAccountIsRefusedAlike() {
		Response wrongPassword = this.api.tokenRequest(REP.username(), MANAGER.password());
		Response wrongPasswordByUpn = this.api.tokenRequest(MANAGER.userPrincipalName(), "Not-Her-Password-1");
		Response unknown = this.api.tokenRequest("nobody", REP.password());
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPasswordByUpn.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrongPassword.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
	}

	@Test
	void theDeveloperHasTheRightPasswordButNoCrmAccess() {
		Response response = this.api.tokenRequest(DEVELOPER.username(), DEVELOPER.password());
		assertThat(response.status()).as(response.body()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("no-crm-access");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE username = 'pdurand'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aRepTakenOutOfTheSalesGroupIsRefusedAtTheNextLogin() throws Exception {
		Response before = this.api.tokenRequest(LEAVING_REP.username(), LEAVING_REP.password());
		assertThat(before.status()).as(before.body()).isEqualTo(200);
		assertThat(before.json().get("user").get("role").asString()).isEqualTo("SALES");
		SambaActiveDirectory.removeMember("CRM_Commerciaux", LEAVING_REP);
		try {
			Response after = this.api.tokenRequest(LEAVING_REP.username(), LEAVING_REP.password());
			assertThat(after.status()).as(after.body()).isEqualTo(403);
			assertThat(after.json().get("code").asString()).isEqualTo("no-crm-access");
		}
		finally {
			SambaActiveDirectory.addMember("CRM_Commerciaux", LEAVING_REP);
		}
	}

}
