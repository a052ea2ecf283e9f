package fr.infotools.shared;

import java.time.Duration;
import java.time.Instant;

import fr.infotools.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class InMemoryRateLimitStoreTests {

	private static final Duration WINDOW = Duration.ofMinutes(10);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));

	private final RateLimitStore store = new InMemoryRateLimitStore(this.clock);

	@Test
	void countsWithinAWindowThatOpensAtTheFirstEvent() {
		assertThat(this.store.current("k", WINDOW).hits()).isZero();
		assertThat(this.store.hit("k", WINDOW))
			.isEqualTo(new RateLimitStore.Window(1, Instant.parse("2026-11-28T10:10:00Z")));
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(this.store.hit("k", WINDOW).hits()).isEqualTo(2);
		assertThat(this.store.current("k", WINDOW).hits()).isEqualTo(2);
		assertThat(this.store.current("k", WINDOW).remaining(this.clock.instant())).isEqualTo(Duration.ofMinutes(6));
		assertThat(this.store.hit("other", WINDOW).hits()).isEqualTo(1);
	}

	@Test
	void anEventAfterTheWindowOpensANewOne() {
		this.store.hit("k", WINDOW);
		this.store.hit("k", WINDOW);
		this.clock.advance(WINDOW);
		assertThat(this.store.current("k", WINDOW).hits()).isZero();
		RateLimitStore.Window next = this.store.hit("k", WINDOW);
		assertThat(next.hits()).isEqualTo(1);
		assertThat(next.endsAt()).isEqualTo(this.clock.instant().plus(WINDOW));
		assertThat(next.remaining(this.clock.instant().plus(Duration.ofHours(1)))).isZero();
	}

	@Test
	void clearingForgetsTheKey() {
		this.store.hit("k", WINDOW);
		this.store.clear("k");
		assertThat(this.store.current("k", WINDOW).hits()).isZero();
	}

	@Test
	void namedLimitsRefuseBeyondTheirCapacityUntilTheWindowEnds() {
		RateLimits limits = new RateLimits(
				new RateLimitProperties(
						java.util.Map.of("form", new RateLimitProperties.Limit(2, Duration.ofMinutes(1)))),
				this.store, this.clock);
		limits.consume("form", "10.0.0.1");
		limits.consume("form", "10.0.0.1");
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> limits.consume("form", "10.0.0.1"))
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(60));
		assertThatNoException().isThrownBy(() -> limits.consume("form", "10.0.0.2"));
		this.clock.advance(Duration.ofMinutes(1));
		assertThatNoException().isThrownBy(() -> limits.consume("form", "10.0.0.1"));
		assertThat(new RateLimitProperties(null).limit("api").capacity()).isEqualTo(1200);
	}

	@Test
	void aLimitConfiguredInPartKeepsTheDefaultOfTheOtherPart() {
		RateLimitProperties onlyCapacity = new RateLimitProperties(
				java.util.Map.of("api", new RateLimitProperties.Limit(5000, null)));
		assertThat(onlyCapacity.limit("api")).isEqualTo(new RateLimitProperties.Limit(5000, Duration.ofMinutes(1)));
		RateLimitProperties onlyWindow = new RateLimitProperties(
				java.util.Map.of("public-requests", new RateLimitProperties.Limit(null, Duration.ofMinutes(5))));
		assertThat(onlyWindow.limit("public-requests"))
			.isEqualTo(new RateLimitProperties.Limit(5, Duration.ofMinutes(5)));
	}

	@Test
	void aNewLimitWithoutItsWindowOrCapacityStopsTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(java.util.Map.of("form", new RateLimitProperties.Limit(3, null))))
			.withMessageContaining("infotools.rate-limits.limits.form");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(java.util.Map.of("api", new RateLimitProperties.Limit(0, null))));
	}

}
