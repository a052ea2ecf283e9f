package fr.infotools.desktop.api;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.api.model.AssignInput;
import fr.infotools.desktop.api.model.Assignment;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.RejectInput;
import fr.infotools.desktop.api.model.RequestStatus;
import fr.infotools.desktop.api.model.SiteRequest;
import fr.infotools.desktop.api.model.TimeSlot;
import tools.jackson.core.type.TypeReference;

/** The appointment requests sent from the public website (managers). */
public class RequestsApi {

	private static final String PATH = "/api/v1/appointment-requests";

	private final ApiClient client;

	public RequestsApi(ApiClient client) {
		this.client = client;
	}

	public Page<SiteRequest> list(RequestStatus status, int page, int size) {
		return this.client.get(PATH, Query.of().add("status", status).page(page, size).add("sort", "createdAt,desc"),
				new TypeReference<Page<SiteRequest>>() {
				});
	}

	public SiteRequest get(long id) {
		return this.client.get(PATH + "/" + id, Query.of(), SiteRequest.class);
	}

	/** A rep's free one-hour slots, 9:00–18:00 Paris time, that day. */
	public List<TimeSlot> freeSlots(long salesRepId, LocalDate date) {
		return this.client.get(PATH + "/free-slots", Query.of().add("salesRepId", salesRepId).add("date", date),
				new TypeReference<List<TimeSlot>>() {
				});
	}

	public Assignment assign(long id, AssignInput input) {
		return this.client.post(PATH + "/" + id + "/assign", input, Assignment.class);
	}

	public SiteRequest reject(long id, String reason) {
		return this.client.post(PATH + "/" + id + "/reject", new RejectInput(reason), SiteRequest.class);
	}

}
