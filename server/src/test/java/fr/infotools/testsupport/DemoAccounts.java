package fr.infotools.testsupport;

/**
 * The accounts of the embedded directory.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "InfoTools2026!";

	public static final String MANAGER = "mmartin";

	public static final String REP = "jdupont";

	public static final String OTHER_REP = "sleroy";

	public static final String DEVELOPER = "pdurand";

	private DemoAccounts() {
	}

}
