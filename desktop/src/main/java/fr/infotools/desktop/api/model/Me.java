package fr.infotools.desktop.api.model;

import java.time.Instant;

/** The logged-in user. */
public record Me(Long id, String username, String displayName, String email, Role role, Instant lastLoginAt) {
}
