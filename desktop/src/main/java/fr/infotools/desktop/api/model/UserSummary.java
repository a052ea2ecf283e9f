package fr.infotools.desktop.api.model;

import java.time.Instant;

/** A person known from the directory. */
public record UserSummary(Long id, String username, String displayName, String email, Role role, Boolean active,
		Instant lastLoginAt) {

	@Override
	public String toString() {
		return this.displayName;
	}

}
