package fr.infotools.desktop.api;

import java.net.URI;

/** The server could not be reached (down, wrong address, network cut, timeout). */
public class NetworkException extends RuntimeException {

	private final URI server;

	public NetworkException(URI server, Throwable cause) {
		super("Cannot reach " + server + ": " + cause, cause);
		this.server = server;
	}

	public URI server() {
		return this.server;
	}

}
