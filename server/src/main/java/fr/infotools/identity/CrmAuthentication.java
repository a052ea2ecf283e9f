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

	private final String apiSessionId;

	public CrmAuthentication(CurrentUser user) {
		this(user, null);
	}

	/** An API caller, whose bearer token belongs to the given session. */
	public CrmAuthentication(CurrentUser user, String apiSessionId) {
		super(List.of(new SimpleGrantedAuthority(user.role().authority())));
		this.user = user;
		this.apiSessionId = apiSessionId;
		setAuthenticated(true);
	}

	/** The API session of the bearer token, or null for a web session. */
	public String getApiSessionId() {
		return this.apiSessionId;
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
