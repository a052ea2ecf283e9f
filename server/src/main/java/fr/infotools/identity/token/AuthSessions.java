package fr.infotools.identity.token;

import java.time.Instant;
import java.util.Optional;

import fr.infotools.shared.UtcColumns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of API sessions and their refresh tokens (only a hash of each token is kept).
 */
@Repository
class AuthSessions {

	private final JdbcClient jdbc;

	AuthSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void createSession(String sessionId, long userId, Instant now, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO auth_sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(sessionId, userId, UtcColumns.utc(now), UtcColumns.utc(expiresAt))
			.update();
	}

	void addRefreshToken(String tokenHash, String sessionId, Instant now, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO refresh_tokens (token_hash, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(tokenHash, sessionId, UtcColumns.utc(now), UtcColumns.utc(expiresAt))
			.update();
	}

	Optional<RefreshTokenRow> findRefreshToken(String tokenHash) {
		return this.jdbc.sql("""
				SELECT t.session_id, t.expires_at, t.used_at, s.user_id, s.expires_at AS session_expires_at,
				       s.revoked_at
				FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
				WHERE t.token_hash = ?""")
			.param(tokenHash)
			.query((rs, row) -> new RefreshTokenRow(rs.getString("session_id"), rs.getLong("user_id"),
					UtcColumns.instant(rs, "expires_at"), UtcColumns.instant(rs, "used_at"),
					UtcColumns.instant(rs, "session_expires_at"), UtcColumns.instant(rs, "revoked_at")))
			.optional();
	}

	/** Marks the token used; false when another request used it first. */
	boolean markUsed(String tokenHash, Instant now) {
		return this.jdbc.sql("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
			.params(UtcColumns.utc(now), tokenHash)
			.update() == 1;
	}

	void revokeSession(String sessionId, Instant now) {
		this.jdbc.sql("UPDATE auth_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(UtcColumns.utc(now), sessionId)
			.update();
	}

	/** When the session ends, if it is still open. */
	java.util.Optional<Instant> openUntil(String sessionId, Instant now) {
		return this.jdbc
			.sql("SELECT expires_at FROM auth_sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > ?")
			.params(sessionId, UtcColumns.utc(now))
			.query((rs, row) -> UtcColumns.instant(rs, "expires_at"))
			.optional();
	}

	record RefreshTokenRow(String sessionId, long userId, Instant expiresAt, Instant usedAt, Instant sessionExpiresAt,
			Instant revokedAt) {

		boolean isUsable(Instant now) {
			return this.revokedAt == null && now.isBefore(this.expiresAt) && now.isBefore(this.sessionExpiresAt);
		}

	}

}
