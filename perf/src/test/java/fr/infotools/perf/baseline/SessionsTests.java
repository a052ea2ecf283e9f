package fr.infotools.perf.baseline;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session check and its cache behave as the server's (TokenService.isSessionActive).
 */
class SessionsTests {

	static TestDatabase database;

	static ConnectionPool pool;

	@BeforeAll
	static void create() throws Exception {
		database = TestDatabase.withData("sessions");
		pool = database.pool(1);
	}

	@AfterAll
	static void drop() throws Exception {
		pool.close();
		database.close();
	}

	@Test
	void aSessionSeenOpenIsTrustedForTheCacheDelay() throws Exception {
		database.execute("INSERT INTO auth_sessions (id, user_id, created_at, expires_at) "
				+ "VALUES ('cached', 2, '2026-11-01 00:00:00', '2026-12-31 00:00:00')");
		Sessions sessions = new Sessions(pool, Duration.ofSeconds(5));
		Instant now = TestDatabase.NOW;
		assertThat(sessions.isOpen("cached", now)).isTrue();
		database.execute("UPDATE auth_sessions SET revoked_at = '2026-11-28 09:00:00' WHERE id = 'cached'");
		assertThat(sessions.isOpen("cached", now.plusMillis(4999))).as("revoked on another instance").isTrue();
		assertThat(sessions.isOpen("cached", now.plusSeconds(5))).isFalse();
	}

	@Test
	void withoutCacheEveryRequestAsks() throws Exception {
		database.execute("INSERT INTO auth_sessions (id, user_id, created_at, expires_at) "
				+ "VALUES ('uncached', 2, '2026-11-01 00:00:00', '2026-12-31 00:00:00')");
		Sessions sessions = new Sessions(pool, Duration.ZERO);
		assertThat(sessions.isOpen("uncached", TestDatabase.NOW)).isTrue();
		database.execute("UPDATE auth_sessions SET revoked_at = '2026-11-28 09:00:00' WHERE id = 'uncached'");
		assertThat(sessions.isOpen("uncached", TestDatabase.NOW)).isFalse();
	}

	@Test
	void aCachedSessionStillEndsOnTime() throws Exception {
		Sessions sessions = new Sessions(pool, Duration.ofHours(1));
		Instant ends = Instant.parse("2026-11-28T08:00:00Z");
		assertThat(sessions.isOpen("s-ended", ends.minusSeconds(10))).isTrue();
		assertThat(sessions.isOpen("s-ended", ends)).isFalse();
		assertThat(sessions.isOpen("s-revoked", ends)).isFalse();
		assertThat(sessions.isOpen("nobody", ends)).isFalse();
	}

}
