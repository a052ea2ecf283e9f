package fr.infotools.mobile.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import fr.infotools.mobile.agenda.Texts;

/**
 * The address of an InfoTools server as the rep types it:
 * {@code https://crm.infotools.fr}, {@code crm.infotools.fr} (HTTPS is assumed) or
 * {@code http://localhost:8080}.
 */
public final class ServerAddress {

	private ServerAddress() {
	}

	/**
	 * The address without trailing slash, with a scheme.
	 * @throws IllegalArgumentException when it is not an http(s) address of a host
	 */
	public static String normalize(String typed) {
		if (Texts.isBlank(typed)) {
			throw new IllegalArgumentException("No server address");
		}
		String address = Texts.strip(typed);
		if (!address.contains("://")) {
			address = "https://" + address;
		}
		while (address.endsWith("/")) {
			address = address.substring(0, address.length() - 1);
		}
		try {
			URI uri = new URI(address);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
					|| uri.getFragment() != null) {
				throw new IllegalArgumentException("Not an http(s) server address: " + typed);
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not a server address: " + typed, ex);
		}
		return address;
	}

	/**
	 * Whether the app may talk to this address: HTTPS, or plain HTTP to the phone itself
	 * ({@code adb reverse}) or to the emulator's host, as its network security
	 * configuration allows.
	 */
	public static boolean isAllowed(String address) {
		if (isEncrypted(address)) {
			return true;
		}
		String host = URI.create(normalize(address)).getHost().toLowerCase(Locale.ROOT);
		return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("10.0.2.2");
	}

	/** Whether traffic to this address is encrypted. */
	public static boolean isEncrypted(String address) {
		return normalize(address).toLowerCase(Locale.ROOT).startsWith("https://");
	}

}
