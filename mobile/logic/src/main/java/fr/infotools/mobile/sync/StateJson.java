package fr.infotools.mobile.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.json.JSONArray;
import org.json.JSONObject;

import fr.infotools.mobile.agenda.Agenda;
import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.Contact;
import fr.infotools.mobile.agenda.Customer;
import fr.infotools.mobile.api.Json;
import fr.infotools.mobile.reminder.Reminder;
import fr.infotools.mobile.reminder.ReminderDelay;

/**
 * The {@link LocalState} as a JSON document, to keep it in the app's private files.
 */
public final class StateJson {

	/** The shape of the document; a document of another shape is not read. */
	static final int FORMAT = 1;

	private StateJson() {
	}

	public static String write(LocalState state) {
		JSONObject json = new JSONObject();
		json.put("format", FORMAT);
		json.put("agenda", agenda(state.server()));
		JSONArray changes = new JSONArray();
		for (PendingChange change : state.queue().changes()) {
			changes.put(new JSONObject().put("sequence", change.sequence())
				.put("kind", change.kind().name())
				.put("appointmentId", change.appointmentId())
				.put("baseVersion", change.baseVersion())
				.put("draft", (change.draft() != null) ? Json.draft(change.draft(), null) : null)
				.put("queuedAt", change.queuedAt().toString()));
		}
		json.put("queue",
				new JSONObject().put("changes", changes)
					.put("nextSequence", state.queue().nextSequence())
					.put("nextLocalId", state.queue().nextLocalId()));
		JSONArray rejections = new JSONArray();
		for (Rejection rejection : state.rejections()) {
			rejections.put(new JSONObject().put("sequence", rejection.sequence())
				.put("kind", rejection.kind().name())
				.put("appointment",
						(rejection.appointment() != null) ? Json.appointment(rejection.appointment()) : null)
				.put("problem", Json.problem(rejection.problem()))
				.put("at", rejection.at().toString()));
		}
		json.put("rejections", rejections);
		JSONArray reminders = new JSONArray();
		for (Reminder reminder : state.reminders().values()) {
			reminders.put(new JSONObject().put("appointmentId", reminder.appointmentId())
				.put("triggerAt", reminder.triggerAt().toString())
				.put("startAt", reminder.startAt().toString())
				.put("subject", reminder.subject())
				.put("customerName", reminder.customerName())
				.put("place", reminder.place()));
		}
		json.put("reminders", reminders);
		json.put("reminderMinutes", state.delay().minutes());
		json.put("pendingReminderMinutes", state.pendingReminderMinutes());
		json.put("userName", state.userName());
		return json.toString();
	}

	/**
	 * The state in the document; an empty state for a document of another format.
	 */
	public static LocalState read(String text) {
		JSONObject json = new JSONObject(text);
		if (json.optInt("format") != FORMAT) {
			return LocalState.empty();
		}
		JSONObject queueJson = json.getJSONObject("queue");
		List<PendingChange> changes = new ArrayList<>();
		JSONArray changesJson = queueJson.getJSONArray("changes");
		for (int i = 0; i < changesJson.length(); i++) {
			JSONObject change = changesJson.getJSONObject(i);
			changes
				.add(new PendingChange(change.getLong("sequence"), PendingChange.Kind.valueOf(change.getString("kind")),
						change.getLong("appointmentId"), change.getLong("baseVersion"),
						change.isNull("draft") ? null : Json.draft(change.getJSONObject("draft")),
						Instant.parse(change.getString("queuedAt"))));
		}
		OfflineQueue queue = new OfflineQueue(changes, queueJson.getLong("nextSequence"),
				queueJson.getLong("nextLocalId"));
		List<Rejection> rejections = new ArrayList<>();
		JSONArray rejectionsJson = json.getJSONArray("rejections");
		for (int i = 0; i < rejectionsJson.length(); i++) {
			JSONObject rejection = rejectionsJson.getJSONObject(i);
			JSONObject problem = rejection.getJSONObject("problem");
			rejections.add(new Rejection(rejection.getLong("sequence"),
					PendingChange.Kind.valueOf(rejection.getString("kind")),
					rejection.isNull("appointment") ? null : Json.appointment(rejection.getJSONObject("appointment")),
					Json.problem(problem.getInt("status"), problem.toString()),
					Instant.parse(rejection.getString("at"))));
		}
		Map<Long, Reminder> reminders = new LinkedHashMap<>();
		JSONArray remindersJson = json.getJSONArray("reminders");
		for (int i = 0; i < remindersJson.length(); i++) {
			JSONObject reminder = remindersJson.getJSONObject(i);
			reminders.put(reminder.getLong("appointmentId"),
					new Reminder(reminder.getLong("appointmentId"), Instant.parse(reminder.getString("triggerAt")),
							Instant.parse(reminder.getString("startAt")), Json.text(reminder, "subject"),
							Json.text(reminder, "customerName"), Json.text(reminder, "place")));
		}
		Long pendingMinutes = Json.number(json, "pendingReminderMinutes");
		return new LocalState(agenda(json.getJSONObject("agenda")), queue, rejections, reminders,
				ReminderDelay.ofMinutes(json.getInt("reminderMinutes")),
				(pendingMinutes != null) ? pendingMinutes.intValue() : null, Json.text(json, "userName"));
	}

	private static JSONObject agenda(Agenda agenda) {
		JSONArray appointments = new JSONArray();
		agenda.appointments().forEach((appointment) -> appointments.put(Json.appointment(appointment)));
		JSONArray customers = new JSONArray();
		agenda.customers().forEach((customer) -> customers.put(Json.customer(customer)));
		JSONArray contacts = new JSONArray();
		agenda.contacts().forEach((contact) -> contacts.put(Json.contact(contact)));
		return new JSONObject().put("appointments", appointments)
			.put("customers", customers)
			.put("contacts", contacts)
			.put("syncedAt", (agenda.syncedAt() != null) ? agenda.syncedAt().toString() : null);
	}

	private static Agenda agenda(JSONObject json) {
		List<Appointment> appointments = new ArrayList<>();
		JSONArray array = json.getJSONArray("appointments");
		for (int i = 0; i < array.length(); i++) {
			appointments.add(Json.appointment(array.getJSONObject(i)));
		}
		List<Customer> customers = new ArrayList<>();
		array = json.getJSONArray("customers");
		for (int i = 0; i < array.length(); i++) {
			customers.add(Json.customer(array.getJSONObject(i)));
		}
		List<Contact> contacts = new ArrayList<>();
		array = json.getJSONArray("contacts");
		for (int i = 0; i < array.length(); i++) {
			contacts.add(Json.contact(array.getJSONObject(i)));
		}
		return new Agenda(appointments, customers, contacts, Json.instant(json, "syncedAt"));
	}

}
