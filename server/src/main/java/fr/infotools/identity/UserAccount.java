package fr.infotools.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;

import fr.infotools.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A person known from the directory, mirrored at each of their logins (name, e-mail,
 * role, last login). The directory stays the authority: nobody is created or given a role
 * here by hand.
 */
@Entity
@Table(name = "users")
public class UserAccount extends AbstractEntity {

	/**
	 * The reminder delays the mobile application offers, in minutes before an
	 * appointment.
	 */
	public static final Set<Integer> REMINDER_CHOICES = Set.of(15, 30, 60);

	private static final SecureRandom RANDOM = new SecureRandom();

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String displayName;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean active = true;

	private int reminderMinutes = 30;

	private String calendarToken;

	private Instant lastLoginAt;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String email, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.calendarToken = newCalendarToken();
	}

	/** Takes what the directory says about the user at a successful login. */
	void recordLogin(String displayName, String email, Role role, Instant at) {
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.active = true;
		this.lastLoginAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	public void changeReminderMinutes(int minutes) {
		if (!REMINDER_CHOICES.contains(minutes)) {
			throw new IllegalArgumentException("Reminder delay must be 15, 30 or 60 minutes");
		}
		this.reminderMinutes = minutes;
	}

	/**
	 * Issues a new secret for the personal calendar feed, which invalidates the old link.
	 */
	public void renewCalendarToken() {
		this.calendarToken = newCalendarToken();
	}

	private static String newCalendarToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getReminderMinutes() {
		return this.reminderMinutes;
	}

	public String getCalendarToken() {
		return this.calendarToken;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(getId(), this.username, this.displayName, this.role);
	}

}
