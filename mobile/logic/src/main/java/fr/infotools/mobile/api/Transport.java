package fr.infotools.mobile.api;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one HTTP request to the server. An {@link IOException} means the server could not
 * be reached (no network, server down): the change stays queued.
 */
public interface Transport {

	Response exchange(Request request) throws IOException;

	/**
	 * An HTTP request to a path under the server's address.
	 *
	 * @param body JSON, or null
	 */
	record Request(String method, String path, String body, Map<String, String> headers) {

		public Request {
			headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
		}

	}

	/**
	 * The server's answer; header names are in lower case.
	 */
	record Response(int status, String body, Map<String, String> headers) {

		public Response {
			Map<String, String> lower = new LinkedHashMap<>();
			headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
			headers = Collections.unmodifiableMap(lower);
		}

		public boolean isSuccess() {
			return this.status >= 200 && this.status < 300;
		}

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
