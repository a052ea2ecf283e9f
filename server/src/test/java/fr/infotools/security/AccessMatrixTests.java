package fr.infotools.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.infotools.security.SecurityFixtures.Fixture;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix: every route of the application (read from Spring MVC itself) × every
 * kind of caller — the owning sales rep, another rep, a manager, nobody, and the
 * developer account — answers as its rule in {@link AccessRules} says. Another rep's
 * reads, changes and deletes answer 404 and change nothing (no audit row written). The
 * extranet's pages, which need a session, are called by
 * {@link ExtranetAccessMatrixTests}.
 */
@IntegrationTest
class AccessMatrixTests {

	enum Caller {

		OWNER, OTHER_REP, MANAGER, ANONYMOUS, DEVELOPER

	}

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	SecurityFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyRouteHasARuleAndEveryRuleARoute() {
		Set<Route> routes = Routes.of(this.mapping);
		Set<Route> withoutRule = new TreeSet<>(routes);
		withoutRule.removeAll(AccessRules.RULES.keySet());
		Set<Route> stale = new TreeSet<>(AccessRules.RULES.keySet());
		stale.removeAll(routes);
		assertThat(withoutRule).as("routes without an access rule in AccessRules").isEmpty();
		assertThat(stale).as("rules for routes that no longer exist").isEmpty();
	}

	@Test
	void everyRouteAnswersEachCallerAsItsRuleSays() {
		Api api = new Api(this.port);
		assertThat(api.tokenRequest(DemoAccounts.DEVELOPER, DemoAccounts.PASSWORD).status())
			.as("the developer account gets no token")
			.isEqualTo(403);
		Map<Caller, String> tokens = new EnumMap<>(Caller.class);
		tokens.put(Caller.OWNER, api.login(DemoAccounts.REP).access());
		tokens.put(Caller.OTHER_REP, api.login(DemoAccounts.OTHER_REP).access());
		tokens.put(Caller.MANAGER, api.login(DemoAccounts.MANAGER).access());

		List<String> failures = new ArrayList<>();
		Map<Route, Map<Caller, Integer>> results = new LinkedHashMap<>();
		Fixture shared = this.fixtures.create(DemoAccounts.REP);
		for (Map.Entry<Route, Access> entry : AccessRules.RULES.entrySet()) {
			if (entry.getValue().isPage()) {
				continue; // with a session: ExtranetAccessMatrixTests
			}
			Route route = entry.getKey();
			Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
			for (Caller caller : Caller.values()) {
				boolean mayChange = !route.isSafe() && allowed(entry.getValue(), caller);
				Fixture fixture = mayChange ? this.fixtures.create(DemoAccounts.REP) : shared;
				String token = (route.pattern().equals("/api/v1/auth/logout") && tokens.containsKey(caller))
						? api.login(username(caller)).access() : tokens.get(caller);
				long auditBefore = lastAuditId();
				Response response = api.send(route.method(), fixture.path(route), route.isSafe() ? null : "{}", token,
						Map.of());
				statuses.put(caller, response.status());
				String problem = check(entry.getValue(), caller, route, response.status());
				if (problem == null && !mayChange && !route.isSafe() && !allowed(entry.getValue(), caller)
						&& lastAuditId() != auditBefore) {
					problem = "was refused but changed audited data";
				}
				if (problem != null) {
					failures.add(route + " as " + caller + " answered " + response.status() + ": " + problem + " — "
							+ SecurityReport.excerpt(response.body(), 200));
				}
			}
			results.put(route, statuses);
		}
		writeReport(results, failures);
		assertThat(failures).isEmpty();
	}

	private static boolean allowed(Access access, Caller caller) {
		return switch (access) {
			case PUBLIC -> true;
			case USER, OWNED -> caller == Caller.OWNER || caller == Caller.MANAGER
					|| (access == Access.USER && caller == Caller.OTHER_REP);
			case MANAGER, OWNED_BY_MANAGERS -> caller == Caller.MANAGER;
			case REP_PAGE, REP_OWNED_PAGE, REFUSAL_PAGE -> throw new IllegalArgumentException("a page: " + access);
		};
	}

	/** What is wrong with the answer, or null when it is what the rule says. */
	private static String check(Access access, Caller caller, Route route, int status) {
		if (status >= 500) {
			return "server error";
		}
		if (allowed(access, caller)) {
			return (status == 401 || status == 403 || status == 404 || status == 405) ? "should be let through" : null;
		}
		boolean anonymous = caller == Caller.ANONYMOUS || caller == Caller.DEVELOPER;
		if (anonymous) {
			int expected = route.isApi() ? 401 : 302;
			return (status == expected) ? null : "expected " + expected;
		}
		int expected = (access == Access.OWNED) ? 404 : 403;
		return (status == expected) ? null : "expected " + expected;
	}

	private static String username(Caller caller) {
		return switch (caller) {
			case OWNER -> DemoAccounts.REP;
			case OTHER_REP -> DemoAccounts.OTHER_REP;
			case MANAGER -> DemoAccounts.MANAGER;
			default -> throw new IllegalArgumentException(caller.name());
		};
	}

	private long lastAuditId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	private static void writeReport(Map<Route, Map<Caller, Integer>> results, List<String> failures) {
		StringBuilder md = new StringBuilder("## Access matrix\n\n");
		md.append(results.size())
			.append(" routes × ")
			.append(Caller.values().length)
			.append(" callers = ")
			.append(results.size() * Caller.values().length)
			.append(" calls, ")
			.append(failures.isEmpty() ? "all as expected" : failures.size() + " NOT as expected")
			.append(". The developer account is refused a token (403) and so calls like an anonymous client. ")
			.append("Refused changes were checked to leave no audit row.\n\n");
		md.append(
				"| route | rule | owning rep | other rep | manager | nobody | developer |\n|---|---|---|---|---|---|---|\n");
		results.forEach((route, statuses) -> {
			md.append("| `")
				.append(SecurityReport.cell(route.toString()))
				.append("` | ")
				.append(AccessRules.RULES.get(route));
			for (Caller caller : Caller.values()) {
				md.append(" | ").append(statuses.get(caller));
			}
			md.append(" |\n");
		});
		failures.forEach((failure) -> md.append("\n- FAILED: ").append(SecurityReport.cell(failure)));
		SecurityReport.section("10-access-matrix.md", md.append("\n").toString());
	}

}
