package fr.infotools.identity.login;

import java.util.Locale;

/**
 * The account a login attempt is about, whatever form it was typed in ({@code jdupont},
 * {@code JDupont@infotools.local}, {@code INFOTOOLS\jdupont}), so that throttling counts
 * them together.
 */
final class LoginName {

	private LoginName() {
	}

	static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		// control characters could forge lines in the logs: they are never part of an
		// account name
		String name = typed.replaceAll("\\p{Cntrl}", "").trim().toLowerCase(Locale.ROOT);
		int backslash = name.lastIndexOf('\\');
		if (backslash >= 0) {
			name = name.substring(backslash + 1);
		}
		int at = name.indexOf('@');
		if (at >= 0) {
			name = name.substring(0, at);
		}
		return name;
	}

}
