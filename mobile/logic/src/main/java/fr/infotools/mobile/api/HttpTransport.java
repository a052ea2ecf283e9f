package fr.infotools.mobile.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Transport} over {@link HttpURLConnection}, which Android and the JDK both have.
 */
public final class HttpTransport implements Transport {

	private final String baseUrl;

	private final int timeoutMillis;

	/**
	 * @param baseUrl the server's address, such as {@code https://crm.infotools.fr}
	 */
	public HttpTransport(String baseUrl, int timeoutMillis) {
		this.baseUrl = ServerAddress.normalize(baseUrl);
		this.timeoutMillis = timeoutMillis;
	}

	@Override
	public Response exchange(Request request) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) new URL(this.baseUrl + request.path()).openConnection();
		try {
			connection.setConnectTimeout(this.timeoutMillis);
			connection.setReadTimeout(this.timeoutMillis);
			connection.setUseCaches(false);
			connection.setInstanceFollowRedirects(false);
			connection.setRequestMethod(request.method());
			request.headers().forEach(connection::setRequestProperty);
			if (request.body() != null) {
				byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", "application/json");
				connection.setFixedLengthStreamingMode(body.length);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(body);
				}
			}
			int status = connection.getResponseCode();
			InputStream stream = (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
			Map<String, String> headers = new LinkedHashMap<>();
			for (Map.Entry<String, List<String>> header : connection.getHeaderFields().entrySet()) {
				if (header.getKey() != null && !header.getValue().isEmpty()) {
					headers.put(header.getKey(), header.getValue().get(0));
				}
			}
			return new Response(status, (stream != null) ? read(stream) : "", headers);
		}
		finally {
			connection.disconnect();
		}
	}

	private static String read(InputStream stream) throws IOException {
		try (InputStream in = stream) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				bytes.write(buffer, 0, n);
			}
			return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
		}
	}

}
