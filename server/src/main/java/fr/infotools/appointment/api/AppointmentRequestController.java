package fr.infotools.appointment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentRequest;
import fr.infotools.appointment.AppointmentRequestStatus;
import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.TimeSlot;
import fr.infotools.identity.Users;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;
import fr.infotools.shared.SafeText;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' inbox of appointment requests sent from the public website (the security
 * rules reserve {@code /api/v1/appointment-requests/**} to managers): each is assigned to
 * a sales rep, which books the rep's appointment, or rejected with a reason, once.
 */
@RestController
@RequestMapping("/api/v1/appointment-requests")
class AppointmentRequestController {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "decidedAt", "decidedAt",
			"status", "status");

	private final Appointments appointments;

	private final PartyNames names;

	private final Users users;

	AppointmentRequestController(Appointments appointments, PartyNames names, Users users) {
		this.appointments = appointments;
		this.names = names;
		this.users = users;
	}

	/** Lists requests, optionally of one status; by default the oldest first. */
	@GetMapping
	PageResponse<RequestResponse> list(@RequestParam(required = false) AppointmentRequestStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<AppointmentRequest> found = this.appointments.requests(status,
				PageQuery.of(page, size, sort, SORTABLE, "createdAt"));
		Map<Long, Long> booked = this.appointments
			.appointmentIdsOfRequests(found.getContent().stream().map(AppointmentRequest::getId).toList());
		Map<Long, String> userNames = this.users.displayNames();
		return PageResponse
			.of(found.map((request) -> RequestResponse.of(request, userNames, booked.get(request.getId()))));
	}

	@GetMapping("/{id}")
	RequestResponse get(@PathVariable long id) {
		return view(this.appointments.request(id));
	}

	/**
	 * Gives the request to a sales rep: links or creates the requester's prospect, books
	 * the rep's appointment and marks the request assigned, all or nothing.
	 */
	@PostMapping("/{id}/assign")
	AssignmentResponse assign(@PathVariable long id, @Valid @RequestBody AssignInput input) {
		Appointment appointment = this.appointments.assign(id, input.assignment());
		Map<Long, String> userNames = this.users.displayNames();
		return new AssignmentResponse(view(this.appointments.request(id)),
				AppointmentResponse.of(appointment, userNames, this.names.of(List.of(appointment))));
	}

	@PostMapping("/{id}/reject")
	RequestResponse reject(@PathVariable long id, @Valid @RequestBody RejectInput input) {
		return view(this.appointments.rejectRequest(id, input.reason()));
	}

	/**
	 * Erases a request (retention period over, or the requester's demand); one an
	 * appointment was booked for is kept (409).
	 */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.appointments.deleteRequest(id);
	}

	/**
	 * The rep's free one-hour slots between 9:00 and 18:00 (Paris time) of the day, today
	 * by default, that are still ahead.
	 */
	@GetMapping("/free-slots")
	List<TimeSlot> freeSlots(@RequestParam(required = false) Long salesRepId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.appointments.freeSlots(salesRepId, date);
	}

	private RequestResponse view(AppointmentRequest request) {
		return RequestResponse.of(request, this.users.displayNames(),
				this.appointments.appointmentIdsOfRequests(List.of(request.getId())).get(request.getId()));
	}

	record RejectInput(@NotBlank @Size(max = AppointmentRequest.MAX_REASON) @SafeText(multiline = true) String reason) {

	}

	record AssignmentResponse(RequestResponse request, AppointmentResponse appointment) {

	}

}
