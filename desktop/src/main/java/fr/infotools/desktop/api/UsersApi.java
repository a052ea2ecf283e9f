package fr.infotools.desktop.api;

import java.util.List;

import fr.infotools.desktop.api.model.Me;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.UserSummary;
import tools.jackson.core.type.TypeReference;

/** The people known from the directory, and the caller. */
public class UsersApi {

	private final ApiClient client;

	public UsersApi(ApiClient client) {
		this.client = client;
	}

	public List<UserSummary> list(Role role) {
		return this.client.get("/api/v1/users", Query.of().add("role", role), new TypeReference<List<UserSummary>>() {
		});
	}

	public Me me() {
		return this.client.get("/api/v1/me", Query.of(), Me.class);
	}

}
