package fr.infotools.perf.baseline;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a token's login session is still open, asked as the server asks it on every API
 * request (the validator of JwtConfiguration, TokenService.isSessionActive): a session
 * seen open within the last {@code session-check-cache} (5 s by default) is trusted,
 * otherwise one statement outside any transaction.
 */
final class Sessions {

	/** AuthSessions.openUntil. */
	static final String OPEN_UNTIL = "SELECT expires_at FROM auth_sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > ?";

	/** The server's cache holds at most this many sessions. */
	private static final int MAX_CACHED = 100_000;

	private final ConnectionPool pool;

	private final Duration cacheFor;

	private final Map<String, Seen> seenOpen = new ConcurrentHashMap<>();

	/**
	 * @param cacheFor how long a session seen open is trusted; zero asks the database at
	 * every request
	 */
	Sessions(ConnectionPool pool, Duration cacheFor) {
		this.pool = pool;
		this.cacheFor = cacheFor;
	}

	private record Seen(Instant ends, Instant trustedUntil) {

	}

	boolean isOpen(String sessionId, Instant now) throws SQLException {
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		Seen seen = this.seenOpen.get(sessionId);
		if (seen != null && seen.trustedUntil().isAfter(at) && seen.ends().isAfter(at)) {
			return true;
		}
		LocalDateTime ends = this.pool.run((connection) -> {
			try (PreparedStatement select = connection.prepareStatement(OPEN_UNTIL)) {
				select.setString(1, sessionId);
				select.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
				try (ResultSet rs = select.executeQuery()) {
					return rs.next() ? rs.getObject(1, LocalDateTime.class) : null;
				}
			}
		});
		if (ends != null && !this.cacheFor.isZero()) {
			if (this.seenOpen.size() >= MAX_CACHED) {
				this.seenOpen.clear();
			}
			this.seenOpen.put(sessionId, new Seen(ends.toInstant(ZoneOffset.UTC), at.plus(this.cacheFor)));
		}
		return ends != null;
	}

}
