package fr.infotools.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.security.Browser.Page;
import fr.infotools.security.SecurityFixtures.Fixture;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the extranet's pages, called as a browser would: with a session
 * from the login form and each form's CSRF token. Every page route × the owning rep,
 * another rep, a manager, nobody and the developer account; and every form posted by its
 * owner without the CSRF token. Another rep gets the 404 page and never sees the record;
 * a refused or forged form changes nothing (no audit row).
 */
@IntegrationTest
class ExtranetAccessMatrixTests {

	enum Caller {

		OWNER, OTHER_REP, MANAGER, ANONYMOUS, DEVELOPER, OWNER_WITHOUT_CSRF_TOKEN

	}

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageAnswersEachCallerAsItsRuleSays() {
		Map<Caller, Browser> browsers = new EnumMap<>(Caller.class);
		browsers.put(Caller.OWNER, new Browser(this.port).logIn(DemoAccounts.REP));
		browsers.put(Caller.OTHER_REP, new Browser(this.port).logIn(DemoAccounts.OTHER_REP));
		browsers.put(Caller.MANAGER, new Browser(this.port).logIn(DemoAccounts.MANAGER));
		browsers.put(Caller.ANONYMOUS, new Browser(this.port));
		browsers.put(Caller.DEVELOPER, new Browser(this.port).logIn(DemoAccounts.DEVELOPER));
		browsers.put(Caller.OWNER_WITHOUT_CSRF_TOKEN, browsers.get(Caller.OWNER));

		List<String> failures = new ArrayList<>();
		Map<Route, Map<Caller, Integer>> results = new LinkedHashMap<>();
		Fixture shared = this.fixtures.create(DemoAccounts.REP);
		AccessRules.RULES.forEach((route, access) -> {
			if (!access.isPage()) {
				return;
			}
			Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
			for (Caller caller : Caller.values()) {
				if (caller == Caller.OWNER_WITHOUT_CSRF_TOKEN && route.isSafe()) {
					continue;
				}
				boolean mayChange = !route.isSafe() && allowed(access, caller);
				Fixture fixture = mayChange ? this.fixtures.create(DemoAccounts.REP) : shared;
				long auditBefore = lastAuditId();
				Browser browser = browsers.get(caller);
				String path = fixture.path(route);
				Page page = route.isSafe() ? browser.get(path) : (caller == Caller.OWNER_WITHOUT_CSRF_TOKEN)
						? browser.postWithoutToken(path, "") : browser.post(path, "");
				statuses.put(caller, page.status());
				String problem = check(access, caller, page);
				if (problem == null && !mayChange && !route.isSafe() && lastAuditId() != auditBefore) {
					problem = "was refused but changed audited data";
				}
				if (problem == null && caller == Caller.OTHER_REP && page.body().contains(fixture.customerName())) {
					problem = "showed another rep's customer";
				}
				if (problem != null) {
					failures.add(route + " as " + caller + " answered " + page.status() + " " + page.location() + ": "
							+ problem + " — " + SecurityReport.excerpt(page.body(), 200));
				}
			}
			results.put(route, statuses);
		});
		writeReport(results, failures);
		assertThat(results).as("extranet routes checked").hasSizeGreaterThan(30);
		assertThat(failures).isEmpty();
	}

	private static boolean allowed(Access access, Caller caller) {
		return switch (access) {
			case REP_PAGE -> caller == Caller.OWNER || caller == Caller.OTHER_REP;
			case REP_OWNED_PAGE -> caller == Caller.OWNER;
			default -> false;
		};
	}

	/** What is wrong with the answer, or null when it is what the rule says. */
	private static String check(Access access, Caller caller, Page page) {
		if (page.status() >= 500) {
			return "server error";
		}
		return switch (caller) {
			case ANONYMOUS, DEVELOPER -> page.sendsToLogin() ? null : "expected the login form";
			case OWNER_WITHOUT_CSRF_TOKEN -> (page.status() == 403) ? null : "a form without CSRF token was taken";
			case MANAGER -> (page.status() == 403 && page.body().contains("Espace réservé aux commerciaux")) ? null
					: "expected the refusal page";
			case OWNER, OTHER_REP -> checkRep(access, allowed(access, caller), page);
		};
	}

	private static String checkRep(Access access, boolean allowed, Page page) {
		if (access == Access.REFUSAL_PAGE) {
			return (page.status() == 302 && page.location().endsWith("/app")) ? null : "expected a redirect to /app";
		}
		if (!allowed) {
			return (page.status() == 404 && page.body().contains("Page introuvable")) ? null : "expected the 404 page";
		}
		boolean refused = page.status() == 401 || page.status() == 403 || page.status() == 404 || page.status() == 405
				|| page.sendsToLogin();
		return refused ? "should be let through" : null;
	}

	private long lastAuditId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	private static void writeReport(Map<Route, Map<Caller, Integer>> results, List<String> failures) {
		StringBuilder md = new StringBuilder("## Extranet access matrix and CSRF\n\n");
		long calls = results.values().stream().mapToLong(Map::size).sum();
		md.append(results.size())
			.append(" extranet routes, ")
			.append(calls)
			.append(" calls through the login form's session, ")
			.append(failures.isEmpty() ? "all as expected" : failures.size() + " NOT as expected")
			.append(". Managers get the refusal page (403), nobody and the developer account (refused at login) ")
			.append("the login form (302), another rep the 404 page without the record. Each form was also posted ")
			.append("by its owner without the CSRF token: refused (403), and refused posts left no audit row.\n\n");
		md.append("| route | rule | owning rep | other rep | manager | nobody | developer | owner, no CSRF token |\n")
			.append("|---|---|---|---|---|---|---|---|\n");
		results.forEach((route, statuses) -> {
			md.append("| `")
				.append(SecurityReport.cell(route.toString()))
				.append("` | ")
				.append(AccessRules.RULES.get(route));
			for (Caller caller : Caller.values()) {
				Integer status = statuses.get(caller);
				md.append(" | ").append((status != null) ? status : "—");
			}
			md.append(" |\n");
		});
		failures.forEach((failure) -> md.append("\n- FAILED: ").append(SecurityReport.cell(failure)));
		SecurityReport.section("11-extranet-access-matrix.md", md.append("\n").toString());
	}

}
