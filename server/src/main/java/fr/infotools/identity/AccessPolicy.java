package fr.infotools.identity;

import java.util.Optional;

import fr.infotools.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what the current user may see and change. A manager (and the
 * server's own system actor) sees everything; a sales rep sees only the records they own.
 * Modules scope their queries with {@link #ownerScope()} and check single records with
 * {@link #mayAccess(long)}; a record the user may not see is reported as not found.
 */
@Component
public class AccessPolicy {

	/** The logged-in CRM user; fails when the call does not come from one. */
	public CurrentUser currentUser() {
		return currentCrmUser()
			.orElseThrow(() -> new InsufficientAuthenticationException("A CRM user must be logged in"));
	}

	public Optional<CurrentUser> currentCrmUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CrmAuthentication crm) {
			return Optional.of(crm.getPrincipal());
		}
		return Optional.empty();
	}

	/**
	 * The sales rep whose records the current user is limited to, or empty when the user
	 * sees every rep's records.
	 */
	public Optional<Long> ownerScope() {
		if (isSystem()) {
			return Optional.empty();
		}
		CurrentUser user = currentUser();
		return user.isManager() ? Optional.empty() : Optional.of(user.id());
	}

	/**
	 * Whether the current user may read and change a record owned by the given sales rep.
	 */
	public boolean mayAccess(long ownerId) {
		return ownerScope().map((scope) -> scope == ownerId).orElse(true);
	}

	/**
	 * Reports a record as not found (404) unless it exists (its owner is known) and the
	 * current user may access it.
	 */
	public void requireVisible(Optional<Long> ownerId, String record, long id) {
		if (ownerId.filter(this::mayAccess).isEmpty()) {
			throw new NotFoundException(record, id);
		}
	}

	public boolean isManager() {
		return isSystem() || currentUser().isManager();
	}

	/** Refuses (403) an operation reserved to managers. */
	public void requireManager() {
		if (!isManager()) {
			throw new AccessDeniedException("Reserved to managers");
		}
	}

	private static boolean isSystem() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof SystemActor.SystemAuthentication;
	}

}
