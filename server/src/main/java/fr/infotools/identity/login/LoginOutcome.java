package fr.infotools.identity.login;

/**
 * How a login attempt ended.
 */
public enum LoginOutcome {

	SUCCESS, BAD_CREDENTIALS, NO_CRM_ACCESS, THROTTLED

}
