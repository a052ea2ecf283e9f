package fr.infotools.identity;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Runs work done by the server itself (demo data, scheduled jobs) under a named system
 * actor: the access policy lets it through and the audit trail records its name.
 */
public final class SystemActor {

	private SystemActor() {
	}

	public static <T> T call(String name, Supplier<T> work) {
		return RunAs.with(new SystemAuthentication(name), work);
	}

	public static void run(String name, Runnable work) {
		call(name, () -> {
			work.run();
			return null;
		});
	}

	static final class SystemAuthentication extends AbstractAuthenticationToken {

		private final String name;

		SystemAuthentication(String name) {
			super(List.of(new SimpleGrantedAuthority("ROLE_SYSTEM")));
			this.name = "system:" + name;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

}
