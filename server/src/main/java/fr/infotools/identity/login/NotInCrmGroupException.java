package fr.infotools.identity.login;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, but the directory account belongs to no CRM group (for example
 * a developer).
 */
public class NotInCrmGroupException extends AccountStatusException {

	public NotInCrmGroupException(String username) {
		super("The directory account " + username + " is not a member of a CRM group");
	}

}
