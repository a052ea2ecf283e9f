package fr.infotools.identity.directory;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account as the directory describes it after a successful bind: its login name,
 * display name, e-mail and the names (CN) of the groups it belongs to.
 */
public record DirectoryUser(String username, String displayName, String email,
		Set<String> groups) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of();
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

}
