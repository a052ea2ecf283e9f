package fr.infotools.identity.login;

import java.time.Clock;

import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.RunAs;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records login attempts, each in a transaction of its own so that a refused login is
 * recorded too. A successful login is recorded as done by the user; others by an
 * anonymous caller.
 */
@Component
class LoginEvents {

	private final LoginEventRepository events;

	private final Clock clock;

	LoginEvents(LoginEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, LoginOutcome outcome, String address) {
		this.events.save(new LoginEvent(username, null, outcome, address, this.clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(CurrentUser user, String address) {
		RunAs.user(user, () -> this.events
			.save(new LoginEvent(user.username(), user.id(), LoginOutcome.SUCCESS, address, this.clock.instant())));
	}

}
