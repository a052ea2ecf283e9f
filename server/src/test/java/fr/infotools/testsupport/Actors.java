package fr.infotools.testsupport;

import java.util.function.Supplier;

import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.RunAs;
import fr.infotools.identity.Role;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;

import org.springframework.stereotype.Component;

/**
 * Runs service calls as one of the demo users, exactly as if they had logged in.
 */
@Component
public class Actors {

	private final Users users;

	public Actors(Users users) {
		this.users = users;
	}

	public CurrentUser user(String username) {
		UserSummary user = this.users.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("No user " + username));
		return new CurrentUser(user.id(), user.username(), user.displayName(), user.role());
	}

	public <T> T as(String username, Supplier<T> work) {
		return RunAs.user(user(username), work);
	}

	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	public static boolean isManager(CurrentUser user) {
		return user.role() == Role.MANAGER;
	}

}
