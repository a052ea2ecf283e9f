package fr.infotools.identity.api;

import java.util.List;

import fr.infotools.identity.Role;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people known from the directory, for managers (the security rules reserve
 * {@code /api/v1/users/**} to them): who can be given customers and appointments.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

	private final Users users;

	UsersController(Users users) {
		this.users = users;
	}

	/** Everyone who has logged in (or was registered), optionally only one role. */
	@GetMapping
	List<UserSummary> list(@RequestParam(required = false) Role role) {
		return this.users.all().stream().filter((user) -> role == null || user.role() == role).toList();
	}

	@GetMapping("/{id}")
	UserSummary get(@PathVariable long id) {
		return this.users.find(id).orElseThrow(() -> new NotFoundException("user", id));
	}

}
