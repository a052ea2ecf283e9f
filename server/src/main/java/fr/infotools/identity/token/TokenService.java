package fr.infotools.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.Users;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, rotates and revokes API tokens. A login opens a session; each refresh consumes
 * the refresh token and gives a new one; presenting a consumed refresh token again means
 * it was stolen or replayed, so the whole session is revoked. Access tokens name their
 * session, so a revoked session stops them at once.
 */
@Service
public class TokenService {

	static final String ISSUER = "infotools";

	private static final Logger log = LoggerFactory.getLogger(TokenService.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JwtEncoder encoder;

	private final AuthSessions sessions;

	private final Users users;

	private final TokenProperties properties;

	private final Clock clock;

	/**
	 * Sessions found open lately, with the time they end: most requests need no query.
	 */
	private final Cache<String, Instant> openSessions;

	TokenService(JwtEncoder encoder, AuthSessions sessions, Users users, TokenProperties properties, Clock clock) {
		this.encoder = encoder;
		this.sessions = sessions;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		this.openSessions = Caffeine.newBuilder()
			.expireAfterWrite(properties.sessionCheckCache())
			.maximumSize(100_000)
			.build();
	}

	@Transactional
	public TokenPair openSession(CurrentUser user) {
		Instant now = now();
		String sessionId = UUID.randomUUID().toString();
		this.sessions.createSession(sessionId, user.id(), now, now.plus(this.properties.sessionMaxAge()));
		return newPair(user, sessionId, now);
	}

	@Transactional(noRollbackFor = InvalidRefreshTokenException.class)
	public TokenPair refresh(String refreshToken) {
		Instant now = now();
		String hash = hash(refreshToken);
		AuthSessions.RefreshTokenRow token = this.sessions.findRefreshToken(hash)
			.orElseThrow(() -> new InvalidRefreshTokenException("unknown refresh token"));
		if (token.usedAt() != null || !this.sessions.markUsed(hash, now)) {
			log.warn("Refresh token reused: revoking session {}", token.sessionId());
			this.sessions.revokeSession(token.sessionId(), now);
			this.openSessions.invalidate(token.sessionId());
			throw new InvalidRefreshTokenException("refresh token already used");
		}
		if (!token.isUsable(now)) {
			throw new InvalidRefreshTokenException("refresh token expired or revoked");
		}
		CurrentUser user = this.users.currentUserOf(token.userId())
			.orElseThrow(() -> new InvalidRefreshTokenException("user no longer active"));
		return newPair(user, token.sessionId(), now);
	}

	@Transactional
	public void closeSession(String sessionId) {
		this.sessions.revokeSession(sessionId, now());
		this.openSessions.invalidate(sessionId);
	}

	/**
	 * Whether the session of an access token is still open: asked of every API request,
	 * so answered from the sessions seen open within {@code session-check-cache} when it
	 * can (one statement otherwise, outside any transaction).
	 */
	public boolean isSessionActive(String sessionId) {
		if (sessionId == null) {
			return false;
		}
		Instant now = now();
		Instant ends = this.openSessions.getIfPresent(sessionId);
		if (ends != null && ends.isAfter(now)) {
			return true;
		}
		java.util.Optional<Instant> open = this.sessions.openUntil(sessionId, now);
		if (open.isPresent() && !this.properties.sessionCheckCache().isZero()) {
			this.openSessions.put(sessionId, open.get());
		}
		return open.isPresent();
	}

	private TokenPair newPair(CurrentUser user, String sessionId, Instant now) {
		Instant accessExpiry = now.plus(this.properties.accessTokenTtl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(user.username())
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(accessExpiry)
			.claim(JwtClaims.USER_ID, user.id())
			.claim(JwtClaims.NAME, user.displayName())
			.claim(JwtClaims.ROLE, user.role().name())
			.claim(JwtClaims.SESSION, sessionId)
			.build();
		String accessToken = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		String refreshToken = randomToken();
		Instant refreshExpiry = now.plus(this.properties.refreshTokenTtl());
		this.sessions.addRefreshToken(hash(refreshToken), sessionId, now, refreshExpiry);
		return new TokenPair(accessToken, accessExpiry, refreshToken, refreshExpiry, user);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
