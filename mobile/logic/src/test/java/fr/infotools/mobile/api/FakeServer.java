package fr.infotools.mobile.api;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.json.JSONArray;
import org.json.JSONObject;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;

/**
 * An InfoTools server in memory, answering as the real one does (same JSON, same problem
 * documents, rotating refresh tokens), that can also be cut off the network.
 */
public class FakeServer implements Transport {

	public final List<Request> requests = new ArrayList<>();

	public final Map<Long, Appointment> appointments = new LinkedHashMap<>();

	public boolean offline;

	public int reminderMinutes = 30;

	public int pageSize = 100;

	/** Answers waiting to be given instead of the normal ones, by "METHOD path". */
	public final Map<String, Response> scripted = new LinkedHashMap<>();

	private String accessToken = "access-1";

	private String refreshToken = "refresh-1";

	private int generation = 1;

	private long nextId = 500;

	public static Response json(int status, Object body) {
		return new Response(status, body.toString(), Collections.singletonMap("Content-Type", "application/json"));
	}

	public static Response problem(int status, String code, String detail) {
		return json(status,
				new JSONObject().put("status", status).put("code", code).put("title", "Titre").put("detail", detail));
	}

	/** Ends the current access token, as 15 minutes do. */
	public void expireAccessToken() {
		this.accessToken = "expired";
	}

	public String currentRefreshToken() {
		return this.refreshToken;
	}

	@Override
	public Response exchange(Request request) throws IOException {
		this.requests.add(request);
		if (this.offline) {
			throw new IOException("network unreachable");
		}
		Response scriptedAnswer = this.scripted.remove(request.method() + " " + request.path());
		if (scriptedAnswer != null) {
			return scriptedAnswer;
		}
		String path = request.path();
		if (path.equals("/api/v1/auth/token")) {
			JSONObject body = new JSONObject(request.body());
			if (!body.getString("password").equals("InfoTools2026!")) {
				return problem(401, "bad-credentials", "Identifiant ou mot de passe incorrect.");
			}
			return tokens();
		}
		if (path.equals("/api/v1/auth/refresh")) {
			if (!new JSONObject(request.body()).getString("refreshToken").equals(this.refreshToken)) {
				return problem(401, "invalid-refresh-token", "Session terminée");
			}
			this.generation++;
			this.accessToken = "access-" + this.generation;
			this.refreshToken = "refresh-" + this.generation;
			return tokens();
		}
		if (!("Bearer " + this.accessToken).equals(request.headers().get("Authorization"))) {
			return problem(401, "unauthenticated", "Un jeton d'accès valide est requis.");
		}
		if (path.equals("/api/v1/auth/logout")) {
			this.accessToken = "logged-out";
			this.refreshToken = "logged-out";
			return new Response(204, "", Collections.<String, String>emptyMap());
		}
		if (path.equals("/api/v1/me")) {
			return json(200, me());
		}
		if (path.equals("/api/v1/me/preferences")) {
			this.reminderMinutes = new JSONObject(request.body()).getInt("reminderMinutes");
			return json(200, me());
		}
		if (path.startsWith("/api/v1/appointments?")) {
			return page(this.appointments.values().stream().map(Json::appointment).toArray(), path);
		}
		if (path.equals("/api/v1/appointments") && request.method().equals("POST")) {
			AppointmentDraft draft = Json.draft(new JSONObject(request.body()));
			Response refused = overlap(draft, null);
			if (refused != null) {
				return refused;
			}
			Appointment created = new Appointment(this.nextId++, draft.customerId(), "Transports Mercier",
					draft.contactId(), null, draft.startAt(), draft.endAt(), draft.place(), draft.subject(),
					draft.notes(), AppointmentStatus.PLANNED, 0);
			this.appointments.put(created.id(), created);
			return json(201, Json.appointment(created));
		}
		Matcher one = Pattern.compile("/api/v1/appointments/(\\d+)").matcher(path);
		if (one.matches()) {
			long id = Long.parseLong(one.group(1));
			Appointment current = this.appointments.get(id);
			if (current == null) {
				return problem(404, "not-found", "Aucun(e) appointment n°" + id);
			}
			switch (request.method()) {
				case "GET":
					return json(200, Json.appointment(current));
				case "DELETE":
					this.appointments.remove(id);
					return new Response(204, "", Collections.<String, String>emptyMap());
				default:
					JSONObject body = new JSONObject(request.body());
					if (body.getLong("version") != current.version()) {
						return problem(409, "stale-version", "Cet enregistrement a été modifié depuis votre lecture");
					}
					AppointmentDraft draft = Json.draft(body);
					Response refused = overlap(draft, id);
					if (refused != null) {
						return refused;
					}
					Appointment changed = new Appointment(id, draft.customerId(), current.customerName(),
							draft.contactId(), null, draft.startAt(), draft.endAt(), draft.place(), draft.subject(),
							draft.notes(), (draft.status() != null) ? draft.status() : current.status(),
							current.version() + 1);
					this.appointments.put(id, changed);
					return json(200, Json.appointment(changed));
			}
		}
		if (path.startsWith("/api/v1/customers?")) {
			return page(new Object[] {
					new JSONObject().put("id", 9)
						.put("companyName", "Transports Mercier")
						.put("city", "Paris")
						.put("phone", "01 93 37 44 91")
						.put("siren", "253611610"),
					new JSONObject().put("id", 33).put("companyName", "Laboratoire du Centre").put("city", "Lyon") },
					path);
		}
		if (path.equals("/api/v1/customers/9/contacts")) {
			return json(200,
					new JSONArray().put(new JSONObject().put("id", 15)
						.put("customerId", 9)
						.put("firstName", "Claire")
						.put("lastName", "Bernard")
						.put("phone", "07 78 82 39 81")
						.put("email", "claire.bernard@transports-mercier.fr")));
		}
		if (path.equals("/api/v1/customers/33/contacts")) {
			return json(200, new JSONArray());
		}
		return problem(404, "not-found", path);
	}

	private Response overlap(AppointmentDraft draft, Long self) {
		for (Appointment other : this.appointments.values()) {
			if ((self == null || other.id() != self) && other.status() != AppointmentStatus.CANCELLED
					&& other.startAt().isBefore(draft.endAt()) && other.endAt().isAfter(draft.startAt())) {
				return json(409,
						new JSONObject().put("status", 409)
							.put("code", "appointment-overlap")
							.put("title", "Rendez-vous en conflit")
							.put("detail",
									"Ce créneau chevauche le rendez-vous n°" + other.id() + " du même commercial.")
							.put("conflictingAppointmentId", other.id()));
			}
		}
		return null;
	}

	private Response page(Object[] all, String path) {
		Matcher page = Pattern.compile("page=(\\d+)").matcher(path);
		int number = page.find() ? Integer.parseInt(page.group(1)) : 0;
		JSONArray items = new JSONArray();
		for (int i = number * this.pageSize; i < Math.min(all.length, (number + 1) * this.pageSize); i++) {
			items.put(all[i]);
		}
		int totalPages = Math.max(1, (all.length + this.pageSize - 1) / this.pageSize);
		return json(200,
				new JSONObject().put("items", items)
					.put("page", number)
					.put("size", this.pageSize)
					.put("totalItems", all.length)
					.put("totalPages", totalPages));
	}

	private JSONObject me() {
		return new JSONObject().put("id", 2)
			.put("username", "jdupont")
			.put("displayName", "Jean Dupont")
			.put("role", "SALES")
			.put("lastLoginAt", Instant.parse("2026-03-30T06:00:00Z").toString())
			.put("reminderMinutes", this.reminderMinutes);
	}

	private Response tokens() {
		return json(200,
				new JSONObject().put("tokenType", "Bearer")
					.put("accessToken", this.accessToken)
					.put("expiresIn", 899)
					.put("refreshToken", this.refreshToken)
					.put("refreshExpiresIn", 1209599));
	}

	/** A token store in memory. */
	public static class MemoryTokens implements TokenStore {

		public Tokens tokens;

		@Override
		public Tokens load() {
			return this.tokens;
		}

		@Override
		public void save(Tokens newTokens) {
			this.tokens = newTokens;
		}

		@Override
		public void clear() {
			this.tokens = null;
		}

	}

}
