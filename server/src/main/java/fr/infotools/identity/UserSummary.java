package fr.infotools.identity;

import java.time.Instant;

/**
 * What other modules and the API show of a user.
 */
public record UserSummary(long id, String username, String displayName, String email, Role role, boolean active,
		Instant lastLoginAt) {

	static UserSummary of(UserAccount account) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRole(), account.isActive(), account.getLastLoginAt());
	}

}
