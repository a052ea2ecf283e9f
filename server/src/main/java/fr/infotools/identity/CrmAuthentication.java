package fr.infotools.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user who logged in with a directory account that belongs to a CRM group, by form
 * (session) or by bearer token.
 */
public class CrmAuthentication extends AbstractAuthenticationToken {

	private final CurrentUser user;

	public CrmAuthentication(CurrentUser user) {
		super(List.of(new SimpleGrantedAuthority(user.role().authority())));
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public CurrentUser getPrincipal() {
		return this.user;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.user.username();
	}

}
