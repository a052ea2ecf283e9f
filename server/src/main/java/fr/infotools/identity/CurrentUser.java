package fr.infotools.identity;

import java.io.Serializable;

/**
 * The logged-in user, as every module sees it.
 */
public record CurrentUser(long id, String username, String displayName, Role role) implements Serializable {

	public boolean isManager() {
		return this.role == Role.MANAGER;
	}

}
