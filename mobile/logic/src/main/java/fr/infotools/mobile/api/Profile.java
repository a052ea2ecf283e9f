package fr.infotools.mobile.api;

/**
 * The logged-in user, from {@code GET /api/v1/me}.
 */
public record Profile(long id, String username, String displayName, String role, int reminderMinutes) {

}
