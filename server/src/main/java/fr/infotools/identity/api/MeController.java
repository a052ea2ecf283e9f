package fr.infotools.identity.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.UserAccount;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Who the caller is, and their own settings: the reminder delay the mobile application
 * uses and the link of their personal calendar feed.
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
		return MeResponse.of(user, this.users.preferences(current.id()));
	}

	@PutMapping("/preferences")
	MeResponse changePreferences(@Valid @RequestBody PreferencesRequest request) {
		CurrentUser current = this.access.currentUser();
		if (!UserAccount.REMINDER_CHOICES.contains(request.reminderMinutes())) {
			throw new BusinessRuleException("me.reminder-minutes", "reminderMinutes");
		}
		this.users.changeReminderMinutes(current.id(), request.reminderMinutes());
		return me();
	}

	@PostMapping("/calendar-token")
	MeResponse renewCalendarToken() {
		this.users.renewCalendarToken(this.access.currentUser().id());
		return me();
	}

	record PreferencesRequest(@NotNull Integer reminderMinutes) {

	}

	record MeResponse(long id, String username, String displayName, String email, String role, Instant lastLoginAt,
			int reminderMinutes, String calendarUrl) {

		static MeResponse of(UserSummary user, Users.Preferences preferences) {
			String calendarUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/appointments/calendar.ics")
				.queryParam("token", preferences.calendarToken())
				.toUriString();
			return new MeResponse(user.id(), user.username(), user.displayName(), user.email(), user.role().name(),
					user.lastLoginAt(), preferences.reminderMinutes(), calendarUrl);
		}

	}

}
