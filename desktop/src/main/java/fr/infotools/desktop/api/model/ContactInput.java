package fr.infotools.desktop.api.model;

/** A contact as sent to create or update one. */
public record ContactInput(String firstName, String lastName, String jobTitle, String email, String phone,
		Long version) {
}
