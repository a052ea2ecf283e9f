package fr.infotools.shared;

import fr.infotools.testsupport.IntegrationTest;
import fr.infotools.testsupport.ThrowawayMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web sessions in MariaDB, as in production: two requests of one session that add the
 * same attribute (each read the session before the other saved it) both succeed.
 */
@ExtendWith(ThrowawayMariaDb.class)
@IntegrationTest
@DirtiesContext
@Tag("mariadb")
class WebSessionStoreTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ThrowawayMariaDb::url);
		registry.add("spring.datasource.username", ThrowawayMariaDb::user);
		registry.add("spring.datasource.password", ThrowawayMariaDb::password);
		registry.add("spring.autoconfigure.exclude", () -> "");
		registry.add("infotools.demo-data.enabled", () -> "false");
	}

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@SuppressWarnings("unchecked")
	<S extends org.springframework.session.Session> org.springframework.session.SessionRepository<S> repository() {
		return (org.springframework.session.SessionRepository<S>) this.sessions;
	}

	@Test
	void twoRequestsAddingTheSameAttributeToOneSessionBothSave() {
		org.springframework.session.SessionRepository<org.springframework.session.Session> sessions = repository();
		org.springframework.session.Session created = sessions.createSession();
		sessions.save(created);
		org.springframework.session.Session first = sessions.findById(created.getId());
		org.springframework.session.Session second = sessions.findById(created.getId());
		first.setAttribute("csrf", "token-of-the-first-request");
		second.setAttribute("csrf", "token-of-the-second-request");

		sessions.save(first);
		sessions.save(second);

		assertThat((String) sessions.findById(created.getId()).getAttribute("csrf"))
			.isEqualTo("token-of-the-second-request");
	}

}
