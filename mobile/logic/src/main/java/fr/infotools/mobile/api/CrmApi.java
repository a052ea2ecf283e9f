package fr.infotools.mobile.api;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;

/**
 * The calls the app makes to the InfoTools server, as the logged-in rep.
 * <p>
 * The access token lasts 15 minutes: on a 401 the client renews it once with the refresh
 * token and repeats the call. Each refresh token is good for one renewal only, and
 * presenting it twice ends the session on the server, so renewals are serialised and the
 * new pair is stored before it is used.
 */
public class CrmApi {

	/** The largest page the server gives. */
	static final int PAGE_SIZE = 100;

	private final Transport transport;

	private final TokenStore tokens;

	private final String language;

	/**
	 * @param language the language of the server's messages ({@code fr} or {@code en})
	 */
	public CrmApi(Transport transport, TokenStore tokens, String language) {
		this.transport = transport;
		this.tokens = tokens;
		this.language = language;
	}

	public boolean isLoggedIn() {
		return this.tokens.load() != null;
	}

	/** Logs in with the directory account and keeps the tokens. */
	public Profile login(String username, String password) throws IOException, ApiException {
		JSONObject body = new JSONObject().put("username", username).put("password", password);
		Transport.Response response = send("POST", "/api/v1/auth/token", body.toString(), null);
		if (!response.isSuccess()) {
			throw new ApiException(Json.problem(response.status(), response.body()));
		}
		this.tokens.save(Json.tokens(new JSONObject(response.body())));
		return me();
	}

	/**
	 * Ends the session on the server (when it can be reached) and forgets the tokens
	 * anyway.
	 */
	public void logout() {
		Tokens current = this.tokens.load();
		this.tokens.clear();
		if (current != null) {
			try {
				send("POST", "/api/v1/auth/logout", null, current.accessToken());
			}
			catch (IOException ex) {
				// the access token expires within 15 minutes and the refresh token is
				// forgotten
			}
		}
	}

	public Profile me() throws IOException, ApiException {
		return Json.profile(new JSONObject(call("GET", "/api/v1/me", null).body()));
	}

	public Profile changeReminderMinutes(int minutes) throws IOException, ApiException {
		JSONObject body = new JSONObject().put("reminderMinutes", minutes);
		return Json.profile(new JSONObject(call("PUT", "/api/v1/me/preferences", body.toString()).body()));
	}

	/** The rep's appointments that start in {@code [from, to)}, every page. */
	public List<Appointment> appointments(Instant from, Instant to) throws IOException, ApiException {
		List<Appointment> appointments = new ArrayList<>();
		for (JSONObject item : pages("/api/v1/appointments?from=" + encode(from.toString()) + "&to="
				+ encode(to.toString()) + "&sort=startAt")) {
			appointments.add(Json.appointment(item));
		}
		return appointments;
	}

	public Appointment appointment(long id) throws IOException, ApiException {
		return Json.appointment(new JSONObject(call("GET", "/api/v1/appointments/" + id, null).body()));
	}

	public Appointment create(AppointmentDraft draft) throws IOException, ApiException {
		String body = Json.draft(draft, null).toString();
		return Json.appointment(new JSONObject(call("POST", "/api/v1/appointments", body).body()));
	}

	/**
	 * Changes an appointment from the version read (409 {@code stale-version} if changed
	 * since).
	 */
	public Appointment update(long id, long version, AppointmentDraft draft) throws IOException, ApiException {
		String body = Json.draft(draft, version).toString();
		return Json.appointment(new JSONObject(call("PUT", "/api/v1/appointments/" + id, body).body()));
	}

	public void delete(long id) throws IOException, ApiException {
		call("DELETE", "/api/v1/appointments/" + id, null);
	}

	/** The rep's prospects and customers, every page. */
	public List<Customer> customers() throws IOException, ApiException {
		List<Customer> customers = new ArrayList<>();
		for (JSONObject item : pages("/api/v1/customers?sort=companyName")) {
			customers.add(Json.customer(item));
		}
		return customers;
	}

	public List<Contact> contacts(long customerId) throws IOException, ApiException {
		List<Contact> contacts = new ArrayList<>();
		JSONArray items = Json.items(call("GET", "/api/v1/customers/" + customerId + "/contacts", null).body());
		for (int i = 0; i < items.length(); i++) {
			contacts.add(Json.contact(items.getJSONObject(i)));
		}
		return contacts;
	}

	private List<JSONObject> pages(String path) throws IOException, ApiException {
		List<JSONObject> items = new ArrayList<>();
		String separator = path.contains("?") ? "&" : "?";
		int totalPages = 1;
		for (int page = 0; page < totalPages; page++) {
			JSONObject answer = new JSONObject(
					call("GET", path + separator + "page=" + page + "&size=" + PAGE_SIZE, null).body());
			JSONArray array = answer.getJSONArray("items");
			for (int i = 0; i < array.length(); i++) {
				items.add(array.getJSONObject(i));
			}
			totalPages = answer.optInt("totalPages", 1);
		}
		return items;
	}

	/**
	 * A call as the logged-in user; one renewal of the tokens on a 401.
	 * @throws SessionEndedException when the rep must log in again
	 * @throws ApiException when the server refuses the call
	 */
	Transport.Response call(String method, String path, String body) throws IOException, ApiException {
		Tokens used = this.tokens.load();
		if (used == null) {
			throw new SessionEndedException(Problem.unexplained(401));
		}
		Transport.Response response = send(method, path, body, used.accessToken());
		if (response.status() == 401) {
			Tokens renewed = renew(used);
			response = send(method, path, body, renewed.accessToken());
			if (response.status() == 401) {
				throw new SessionEndedException(Json.problem(response.status(), response.body()));
			}
		}
		if (!response.isSuccess()) {
			throw new ApiException(Json.problem(response.status(), response.body()));
		}
		return response;
	}

	/**
	 * New tokens in place of {@code used}; if another call renewed them meanwhile,
	 * theirs.
	 */
	private synchronized Tokens renew(Tokens used) throws IOException, ApiException {
		Tokens current = this.tokens.load();
		if (current == null) {
			throw new SessionEndedException(Problem.unexplained(401));
		}
		if (!current.refreshToken().equals(used.refreshToken())) {
			return current;
		}
		JSONObject body = new JSONObject().put("refreshToken", current.refreshToken());
		Transport.Response response = send("POST", "/api/v1/auth/refresh", body.toString(), null);
		if (response.status() == 401 || response.status() == 400 || response.status() == 422) {
			this.tokens.clear();
			throw new SessionEndedException(Json.problem(response.status(), response.body()));
		}
		if (!response.isSuccess()) {
			throw new ApiException(Json.problem(response.status(), response.body()));
		}
		Tokens renewed;
		try {
			renewed = Json.tokens(new JSONObject(response.body()));
		}
		catch (JSONException ex) {
			throw new ApiException(Problem.unexplained(response.status()));
		}
		this.tokens.save(renewed);
		return renewed;
	}

	private Transport.Response send(String method, String path, String body, String accessToken) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", "application/json, application/problem+json");
		headers.put("Accept-Language", this.language);
		if (accessToken != null) {
			headers.put("Authorization", "Bearer " + accessToken);
		}
		return this.transport.exchange(new Transport.Request(method, path, body, headers));
	}

	private static String encode(String value) {
		try {
			return URLEncoder.encode(value, "UTF-8");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
