package fr.infotools.identity.login;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.RunAs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records login attempts, each in a transaction of its own so that a refused login is
 * recorded too. A successful login is recorded as done by the user; others by an
 * anonymous caller. Each attempt also counts in the metric {@code infotools.logins}
 * (Prometheus: {@code infotools_logins_total}), tagged with its outcome, which the
 * login-failure alert watches.
 */
@Component
class LoginEvents {

	private final LoginEventRepository events;

	private final Clock clock;

	private final Map<LoginOutcome, Counter> counters = new EnumMap<>(LoginOutcome.class);

	LoginEvents(LoginEventRepository events, Clock clock, MeterRegistry meters) {
		this.events = events;
		this.clock = clock;
		for (LoginOutcome outcome : LoginOutcome.values()) {
			this.counters.put(outcome,
					Counter.builder("infotools.logins")
						.description("Login attempts, by form or API, by outcome")
						.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
						.register(meters));
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, LoginOutcome outcome, String address) {
		this.events.save(new LoginEvent(username, null, outcome, address, this.clock.instant()));
		this.counters.get(outcome).increment();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(CurrentUser user, String address) {
		RunAs.user(user, () -> this.events
			.save(new LoginEvent(user.username(), user.id(), LoginOutcome.SUCCESS, address, this.clock.instant())));
		this.counters.get(LoginOutcome.SUCCESS).increment();
	}

}
