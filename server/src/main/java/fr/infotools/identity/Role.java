package fr.infotools.identity;

/**
 * What a directory account may do in the CRM, derived from its directory groups at each
 * login.
 */
public enum Role {

	/** Responsable: sees and changes everything; uses the desktop application. */
	MANAGER,

	/** Commercial: owns prospects and customers and sees only their own data. */
	SALES;

	public String authority() {
		return "ROLE_" + name();
	}

}
