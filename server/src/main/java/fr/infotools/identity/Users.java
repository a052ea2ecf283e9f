package fr.infotools.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people known from the directory.
 */
@Service
public class Users {

	private final UserAccountRepository repository;

	private final Clock clock;

	private final DisplayNames displayNames;

	Users(UserAccountRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
		this.displayNames = new DisplayNames(clock);
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(long id) {
		return this.repository.findById(id).map(UserSummary::of);
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByUsername(String username) {
		return this.repository.findByUsername(username).map(UserSummary::of);
	}

	@Transactional(readOnly = true)
	public List<UserSummary> salesReps() {
		return this.repository.findByRoleAndActiveTrueOrderByDisplayName(Role.SALES)
			.stream()
			.map(UserSummary::of)
			.toList();
	}

	/**
	 * Every user's display name by id: the users table is small, so lists read it whole,
	 * at most every {@link DisplayNames#MAX_AGE}.
	 */
	public Map<Long, String> displayNames() {
		return this.displayNames.get(() -> this.repository.findDisplayNames()
			.stream()
			.collect(Collectors.toUnmodifiableMap((row) -> (Long) row[0], (row) -> (String) row[1])));
	}

	/** Whether the id is an active sales rep, to whom records can be assigned. */
	@Transactional(readOnly = true)
	public boolean isActiveSalesRep(long id) {
		return this.repository.findById(id).filter((u) -> u.isActive() && u.getRole() == Role.SALES).isPresent();
	}

	@Transactional(readOnly = true)
	public List<UserSummary> all() {
		return this.repository.findAllByOrderByDisplayName().stream().map(UserSummary::of).toList();
	}

	/**
	 * Mirrors a directory account into the users table: created at its first login,
	 * refreshed at each later one (name, e-mail, role from the groups, last login time).
	 */
	@Transactional
	public CurrentUser recordLogin(String username, String displayName, String email, Role role) {
		UserAccount account = findOrCreate(username, displayName, email, role);
		if (!Objects.equals(displayName, account.getDisplayName())) {
			this.displayNames.forgetAfterCommit();
		}
		account.recordLogin(displayName, email, role, this.clock.instant());
		return account.toCurrentUser();
	}

	/**
	 * Makes sure a directory account is known before its first login, so that records can
	 * already be assigned to it (demo data, directory synchronisation). Does not touch an
	 * existing account.
	 */
	@Transactional
	public UserSummary register(String username, String displayName, String email, Role role) {
		UserAccount account = findOrCreate(username, displayName, email, role);
		return UserSummary.of(account);
	}

	/**
	 * Locks the user's row until the transaction ends, so that two bookings for the same
	 * person are checked one after the other (no double booking under concurrency).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockSchedule(long userId) {
		this.repository.lockById(userId);
	}

	/** The user's own settings: reminder delay and calendar feed token. */
	@Transactional(readOnly = true)
	public Preferences preferences(long id) {
		UserAccount account = this.repository.findById(id).orElseThrow();
		return new Preferences(account.getReminderMinutes(), account.getCalendarToken());
	}

	@Transactional
	public Preferences changeReminderMinutes(long id, int minutes) {
		UserAccount account = this.repository.findById(id).orElseThrow();
		account.changeReminderMinutes(minutes);
		return new Preferences(account.getReminderMinutes(), account.getCalendarToken());
	}

	/** Gives the calendar feed a new secret: the old subscription link stops working. */
	@Transactional
	public Preferences renewCalendarToken(long id) {
		UserAccount account = this.repository.findById(id).orElseThrow();
		account.renewCalendarToken();
		return new Preferences(account.getReminderMinutes(), account.getCalendarToken());
	}

	/** A user's own settings. */
	public record Preferences(int reminderMinutes, String calendarToken) {

	}

	/** The active user whose personal calendar feed has this secret token. */
	@Transactional(readOnly = true)
	public Optional<UserSummary> findByCalendarToken(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.repository.findByCalendarToken(token).filter(UserAccount::isActive).map(UserSummary::of);
	}

	@Transactional(readOnly = true)
	public Optional<CurrentUser> currentUserOf(long id) {
		return this.repository.findById(id).filter(UserAccount::isActive).map(UserAccount::toCurrentUser);
	}

	private UserAccount findOrCreate(String username, String displayName, String email, Role role) {
		return this.repository.findByUsername(username).orElseGet(() -> {
			this.displayNames.forgetAfterCommit();
			return this.repository.save(new UserAccount(username, displayName, email, role));
		});
	}

}
