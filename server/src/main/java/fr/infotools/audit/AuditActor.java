package fr.infotools.audit;

import fr.infotools.identity.CrmAuthentication;
import fr.infotools.identity.CurrentUser;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who made a change: a CRM user (with their id), the server itself ({@code system:...}),
 * or an anonymous visitor of the public site.
 */
record AuditActor(Long userId, String name) {

	static final AuditActor ANONYMOUS = new AuditActor(null, "anonymous");

	static AuditActor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CrmAuthentication crm) {
			CurrentUser user = crm.getPrincipal();
			return new AuditActor(user.id(), user.username());
		}
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		return new AuditActor(null, authentication.getName());
	}

}
