package fr.infotools.identity.login;

import java.time.Duration;

import fr.infotools.shared.RateLimitStoreTestAccess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)),
			RateLimitStoreTestAccess.inMemory(java.time.Clock.systemUTC()), java.time.Clock.systemUTC());

	@Test
	void refusesAnAccountAfterItsFailuresUntilTheWindowEnds() {
		for (int i = 0; i < 3; i++) {
			this.throttle.checkAllowed("jdupont", "10.0.0.1");
			this.throttle.recordFailure("jdupont", "10.0.0.1");
		}
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> this.throttle.checkAllowed("jdupont", "10.0.0.2"))
			.extracting(LoginThrottledException::getRetryAfter)
			.isNotNull();
		LoginThrottledException refused = (LoginThrottledException) org.assertj.core.api.Assertions
			.catchThrowable(() -> this.throttle.checkAllowed("jdupont", "10.0.0.2"));
		assertThat(refused.getRetryAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15).plusSeconds(1));
		assertThatNoException().isThrownBy(() -> this.throttle.checkAllowed("sleroy", "10.0.0.1"));
	}

	@Test
	void refusesAnAddressAfterItsFailuresWhateverTheAccount() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("user" + i, "10.0.0.9");
		}
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> this.throttle.checkAllowed("other", "10.0.0.9"));
		assertThatNoException().isThrownBy(() -> this.throttle.checkAllowed("other", "10.0.0.10"));
	}

	@Test
	void aSuccessfulLoginClearsTheAccountsFailures() {
		this.throttle.recordFailure("epetit", "10.0.0.3");
		this.throttle.recordFailure("epetit", "10.0.0.3");
		this.throttle.recordSuccess("epetit");
		this.throttle.recordFailure("epetit", "10.0.0.3");
		this.throttle.recordFailure("epetit", "10.0.0.3");
		assertThatNoException().isThrownBy(() -> this.throttle.checkAllowed("epetit", "10.0.0.3"));
	}

	@Test
	void countsEveryFormOfALoginNameTogether() {
		assertThat(LoginName.normalize(" JDupont@infotools.local ")).isEqualTo("jdupont");
		assertThat(LoginName.normalize("INFOTOOLS\\jdupont")).isEqualTo("jdupont");
		assertThat(LoginName.normalize("jdupont")).isEqualTo("jdupont");
		assertThat(LoginName.normalize(null)).isEmpty();
	}

}
