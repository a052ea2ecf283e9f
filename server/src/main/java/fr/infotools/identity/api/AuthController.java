package fr.infotools.identity.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.infotools.identity.CrmAuthentication;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.login.LoginThrottledException;
import fr.infotools.identity.login.NotInCrmGroupException;
import fr.infotools.identity.token.InvalidRefreshTokenException;
import fr.infotools.identity.token.TokenPair;
import fr.infotools.identity.token.TokenService;
import fr.infotools.shared.Problems;
import fr.infotools.shared.SafeText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login for API clients (desktop, mobile): a short-lived access token and a rotating
 * refresh token.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

	private final AuthenticationManager authentication;

	private final TokenService tokens;

	private final Problems problems;

	private final Clock clock;

	AuthController(AuthenticationManager authentication, TokenService tokens, Problems problems, Clock clock) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.problems = problems;
		this.clock = clock;
	}

	@PostMapping("/token")
	TokenResponse token(@Valid @RequestBody LoginRequest login, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(login.username(), login.password());
		attempt.setDetails(new WebAuthenticationDetails(request));
		CrmAuthentication authenticated = (CrmAuthentication) this.authentication.authenticate(attempt);
		return TokenResponse.of(this.tokens.openSession(authenticated.getPrincipal()), this.clock.instant());
	}

	@PostMapping("/refresh")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest refresh) {
		return TokenResponse.of(this.tokens.refresh(refresh.refreshToken()), this.clock.instant());
	}

	/**
	 * Ends the session of the calling token: its refresh token and every access token of
	 * it stop working.
	 */
	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(CrmAuthentication caller) {
		if (caller.getApiSessionId() != null) {
			this.tokens.closeSession(caller.getApiSessionId());
		}
	}

	@ExceptionHandler(BadCredentialsException.class)
	ResponseEntity<ProblemDetail> badCredentials() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(this.problems.of(HttpStatus.UNAUTHORIZED, "bad-credentials"));
	}

	@ExceptionHandler(NotInCrmGroupException.class)
	ResponseEntity<ProblemDetail> notInCrmGroup() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(this.problems.of(HttpStatus.FORBIDDEN, "no-crm-access"));
	}

	@ExceptionHandler(LoginThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		long seconds = Math.max(1, ex.getRetryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(this.problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", seconds));
	}

	@ExceptionHandler(AuthenticationServiceException.class)
	ResponseEntity<ProblemDetail> directoryUnavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(this.problems.of(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable"));
	}

	@ExceptionHandler(InvalidRefreshTokenException.class)
	ResponseEntity<ProblemDetail> invalidRefreshToken() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(this.problems.of(HttpStatus.UNAUTHORIZED, "invalid-refresh-token"));
	}

	record LoginRequest(@NotBlank @Size(max = 256) @SafeText String username,
			@NotBlank @Size(max = 256) String password) {

		@Override
		public String toString() {
			return "LoginRequest[username=" + this.username + ", password=***]";
		}

	}

	record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {

	}

	record TokenResponse(String tokenType, String accessToken, long expiresIn, String refreshToken,
			long refreshExpiresIn, UserResponse user) {

		static TokenResponse of(TokenPair pair, Instant now) {
			return new TokenResponse("Bearer", pair.accessToken(),
					Duration.between(now, pair.accessTokenExpiresAt()).toSeconds(), pair.refreshToken(),
					Duration.between(now, pair.refreshTokenExpiresAt()).toSeconds(), UserResponse.of(pair.user()));
		}

	}

	record UserResponse(long id, String username, String displayName, String role) {

		static UserResponse of(CurrentUser user) {
			return new UserResponse(user.id(), user.username(), user.displayName(), user.role().name());
		}

	}

}
