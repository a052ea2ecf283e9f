package fr.infotools.identity;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work with someone else's rights, then puts the caller's back: the server acting
 * for the owner of a calendar link, or as itself ({@link SystemActor}).
 */
public final class RunAs {

	private RunAs() {
	}

	/** Runs the work as the given CRM user, exactly as if they had logged in. */
	public static <T> T user(CurrentUser user, Supplier<T> work) {
		return with(new CrmAuthentication(user), work);
	}

	static <T> T with(Authentication authentication, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
