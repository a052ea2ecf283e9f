package fr.infotools.desktop.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.infotools.desktop.api.model.Appointment;
import fr.infotools.desktop.api.model.AppointmentInput;
import fr.infotools.desktop.api.model.Page;
import tools.jackson.core.type.TypeReference;

/** Every rep's appointments. */
public class AppointmentsApi {

	private static final String PATH = "/api/v1/appointments";

	private static final int PAGE_SIZE = 100;

	private final ApiClient client;

	public AppointmentsApi(ApiClient client) {
		this.client = client;
	}

	/** All appointments starting in [from, to), every page, soonest first. */
	public List<Appointment> between(Instant from, Instant to, Long salesRepId) {
		List<Appointment> all = new ArrayList<>();
		int page = 0;
		Page<Appointment> answer;
		do {
			answer = this.client.get(PATH,
					Query.of()
						.add("from", from)
						.add("to", to)
						.add("salesRepId", salesRepId)
						.page(page++, PAGE_SIZE)
						.add("sort", "startAt"),
					new TypeReference<Page<Appointment>>() {
					});
			all.addAll(answer.items());
		}
		while (answer.hasNext());
		return all;
	}

	public Appointment get(long id) {
		return this.client.get(PATH + "/" + id, Query.of(), Appointment.class);
	}

	public Appointment create(AppointmentInput input) {
		return this.client.post(PATH, input, Appointment.class);
	}

	public Appointment update(long id, AppointmentInput input) {
		return this.client.put(PATH + "/" + id, input, Appointment.class);
	}

	public void delete(long id) {
		this.client.delete(PATH + "/" + id);
	}

}
