package fr.infotools.identity;

import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users' names lists show: kept for a while, yet a login that renames someone or a
 * new account shows at once.
 */
@IntegrationTest
class UsersIntegrationTests {

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRenameAtLoginAndANewAccountShowInTheNamesAtOnce() {
		UserSummary rep = this.users.findByUsername(DemoAccounts.REP).orElseThrow();
		assertThat(this.users.displayNames()).containsEntry(rep.id(), rep.displayName());
		try {
			this.users.recordLogin(rep.username(), "Jean Dupont-Martin", rep.email(), rep.role());
			assertThat(this.users.displayNames()).containsEntry(rep.id(), "Jean Dupont-Martin");
		}
		finally {
			this.users.recordLogin(rep.username(), rep.displayName(), rep.email(), rep.role());
		}
		assertThat(this.users.displayNames()).containsEntry(rep.id(), rep.displayName());

		UserSummary added = this.users.register("nouveau.venu", "Nouveau Venu", "nouveau.venu@infotools.local",
				Role.SALES);
		try {
			assertThat(this.users.displayNames()).containsEntry(added.id(), "Nouveau Venu");
		}
		finally {
			this.jdbc.sql("DELETE FROM users WHERE id = ?").param(added.id()).update();
		}
	}

}
