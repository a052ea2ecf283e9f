package fr.infotools.identity.api;

import java.time.Instant;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

	private final AccessPolicy access;

	private final Users users;

	MeController(AccessPolicy access, Users users) {
		this.access = access;
		this.users = users;
	}

	@GetMapping
	MeResponse me() {
		CurrentUser current = this.access.currentUser();
		UserSummary user = this.users.find(current.id()).orElseThrow(() -> new NotFoundException("user", current.id()));
		return new MeResponse(user.id(), user.username(), user.displayName(), user.email(), user.role().name(),
				user.lastLoginAt());
	}

	record MeResponse(long id, String username, String displayName, String email, String role, Instant lastLoginAt) {

	}

}
