package fr.infotools.mobile.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;

/**
 * The JSON of the API, both ways, with {@code org.json} (part of Android). Absent and
 * {@code null} members read as null; unknown members are ignored, so that a newer server
 * does not break the app.
 */
public final class Json {

	private Json() {
	}

	public static Appointment appointment(JSONObject json) {
		return new Appointment(json.getLong("id"), json.getLong("customerId"), text(json, "customerName"),
				number(json, "contactId"), text(json, "contactName"), instant(json, "startAt"), instant(json, "endAt"),
				text(json, "place"), text(json, "subject"), text(json, "notes"),
				AppointmentStatus.valueOf(json.getString("status")), json.optLong("version", 0));
	}

	public static JSONObject appointment(Appointment appointment) {
		JSONObject json = new JSONObject();
		json.put("id", appointment.id());
		json.put("customerId", appointment.customerId());
		json.put("customerName", appointment.customerName());
		json.put("contactId", appointment.contactId());
		json.put("contactName", appointment.contactName());
		json.put("startAt", appointment.startAt().toString());
		json.put("endAt", appointment.endAt().toString());
		json.put("place", appointment.place());
		json.put("subject", appointment.subject());
		json.put("notes", appointment.notes());
		json.put("status", appointment.status().name());
		json.put("version", appointment.version());
		return json;
	}

	/**
	 * The body of {@code POST} (version null) or {@code PUT} (the version read) of an
	 * appointment.
	 */
	public static JSONObject draft(AppointmentDraft draft, Long version) {
		JSONObject json = new JSONObject();
		json.put("customerId", draft.customerId());
		json.put("contactId", draft.contactId());
		json.put("startAt", (draft.startAt() != null) ? draft.startAt().toString() : null);
		json.put("endAt", (draft.endAt() != null) ? draft.endAt().toString() : null);
		json.put("place", draft.place());
		json.put("subject", draft.subject());
		json.put("notes", draft.notes());
		json.put("status", (draft.status() != null) ? draft.status().name() : null);
		json.put("version", version);
		return json;
	}

	public static AppointmentDraft draft(JSONObject json) {
		String status = text(json, "status");
		return new AppointmentDraft(number(json, "customerId"), number(json, "contactId"), instant(json, "startAt"),
				instant(json, "endAt"), text(json, "place"), text(json, "subject"), text(json, "notes"),
				(status != null) ? AppointmentStatus.valueOf(status) : null);
	}

	public static Customer customer(JSONObject json) {
		return new Customer(json.getLong("id"), json.getString("companyName"), text(json, "city"), text(json, "phone"));
	}

	public static JSONObject customer(Customer customer) {
		return new JSONObject().put("id", customer.id())
			.put("companyName", customer.companyName())
			.put("city", customer.city())
			.put("phone", customer.phone());
	}

	public static Contact contact(JSONObject json) {
		return new Contact(json.getLong("id"), json.getLong("customerId"), text(json, "firstName"),
				text(json, "lastName"), text(json, "phone"), text(json, "email"));
	}

	public static JSONObject contact(Contact contact) {
		return new JSONObject().put("id", contact.id())
			.put("customerId", contact.customerId())
			.put("firstName", contact.firstName())
			.put("lastName", contact.lastName())
			.put("phone", contact.phone())
			.put("email", contact.email());
	}

	public static Tokens tokens(JSONObject json) {
		return new Tokens(json.getString("accessToken"), json.getString("refreshToken"));
	}

	public static Profile profile(JSONObject json) {
		return new Profile(json.getLong("id"), json.getString("username"), text(json, "displayName"),
				text(json, "role"), json.optInt("reminderMinutes", 30));
	}

	/**
	 * The problem in an error answer; an answer that is not a problem document (a proxy's
	 * HTML page) gives an unexplained problem with the status.
	 */
	public static Problem problem(int status, String body) {
		JSONObject json;
		try {
			json = new JSONObject(body);
		}
		catch (JSONException ex) {
			return Problem.unexplained(status);
		}
		List<Problem.FieldError> errors = new ArrayList<>();
		JSONArray array = json.optJSONArray("errors");
		if (array != null) {
			for (int i = 0; i < array.length(); i++) {
				JSONObject error = array.getJSONObject(i);
				errors.add(new Problem.FieldError(text(error, "field"), text(error, "message")));
			}
		}
		String code = text(json, "code");
		return new Problem(status, (code != null) ? code : "http-" + status, text(json, "title"), text(json, "detail"),
				errors, number(json, "conflictingAppointmentId"));
	}

	public static JSONObject problem(Problem problem) {
		JSONArray errors = new JSONArray();
		for (Problem.FieldError error : problem.errors()) {
			errors.put(new JSONObject().put("field", error.field()).put("message", error.message()));
		}
		return new JSONObject().put("status", problem.status())
			.put("code", problem.code())
			.put("title", problem.title())
			.put("detail", problem.detail())
			.put("errors", errors)
			.put("conflictingAppointmentId", problem.conflictingAppointmentId());
	}

	/** The items of a list: a page ({@code items}) or a bare array. */
	public static JSONArray items(String body) {
		String trimmed = body.trim();
		return trimmed.startsWith("[") ? new JSONArray(trimmed) : new JSONObject(trimmed).getJSONArray("items");
	}

	public static String text(JSONObject json, String name) {
		return json.isNull(name) ? null : json.getString(name);
	}

	public static Long number(JSONObject json, String name) {
		return json.isNull(name) ? null : json.getLong(name);
	}

	public static Instant instant(JSONObject json, String name) {
		return json.isNull(name) ? null : Instant.parse(json.getString(name));
	}

}
