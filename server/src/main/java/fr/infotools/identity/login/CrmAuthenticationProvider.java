package fr.infotools.identity.login;

import fr.infotools.identity.CrmAuthentication;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.Role;
import fr.infotools.identity.Users;
import fr.infotools.identity.directory.DirectoryUser;
import fr.infotools.identity.directory.GroupRoleMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.ldap.authentication.AbstractLdapAuthenticationProvider;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs a person in with their directory account, for the web pages and the API alike:
 * throttles repeated failures, checks the password against the directory, derives the
 * role from the groups (re-read at every login), refuses accounts in no CRM group, and
 * mirrors the account into the users table.
 */
@Component
public class CrmAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(CrmAuthenticationProvider.class);

	private final AuthenticationProvider directory;

	private final GroupRoleMapping groupRoles;

	private final LoginThrottle throttle;

	private final Users users;

	private final LoginEvents events;

	CrmAuthenticationProvider(AbstractLdapAuthenticationProvider directoryAuthenticationProvider,
			GroupRoleMapping groupRoles, LoginThrottle throttle, Users users, LoginEvents events) {
		this.directory = directoryAuthenticationProvider;
		this.groupRoles = groupRoles;
		this.throttle = throttle;
		this.users = users;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = LoginName.normalize(attempt.getName());
		String address = clientAddress(attempt);
		try {
			this.throttle.checkAllowed(username, address);
		}
		catch (LoginThrottledException ex) {
			this.events.failed(username, LoginOutcome.THROTTLED, address);
			throw ex;
		}
		DirectoryUser account = checkPassword(attempt, username, address);
		Role role = this.groupRoles.roleFor(account.groups()).orElseThrow(() -> {
			log.info("Login refused for {}: in no CRM group", account.username());
			this.events.failed(account.username(), LoginOutcome.NO_CRM_ACCESS, address);
			return new NotInCrmGroupException(account.username());
		});
		this.throttle.recordSuccess(username);
		CurrentUser user = this.users.recordLogin(account.username(), account.displayName(), account.email(), role);
		this.events.succeeded(user, address);
		log.info("Login of {} as {}", user.username(), role);
		return new CrmAuthentication(user);
	}

	private DirectoryUser checkPassword(Authentication attempt, String username, String address) {
		Object password = attempt.getCredentials();
		if (username.isEmpty() || password == null || password.toString().isEmpty()) {
			this.throttle.recordFailure(username, address);
			this.events.failed(username, LoginOutcome.BAD_CREDENTIALS, address);
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			return (DirectoryUser) this.directory.authenticate(withoutDomainPrefix(attempt)).getPrincipal();
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username, address);
			this.events.failed(username, LoginOutcome.BAD_CREDENTIALS, address);
			log.info("Failed login for {} from {}", username, address);
			throw new BadCredentialsException("Bad credentials");
		}
	}

	/**
	 * {@code INFOTOOLS\jdupont} is how Windows users often type their account: the
	 * directory is asked for {@code jdupont} (the domain is the configured one).
	 */
	private static Authentication withoutDomainPrefix(Authentication attempt) {
		String name = attempt.getName();
		int backslash = (name != null) ? name.lastIndexOf('\\') : -1;
		if (backslash < 0) {
			return attempt;
		}
		UsernamePasswordAuthenticationToken plain = UsernamePasswordAuthenticationToken
			.unauthenticated(name.substring(backslash + 1), attempt.getCredentials());
		plain.setDetails(attempt.getDetails());
		return plain;
	}

	private static String clientAddress(Authentication attempt) {
		if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
