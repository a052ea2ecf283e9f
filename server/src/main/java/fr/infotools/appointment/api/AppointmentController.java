package fr.infotools.appointment.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.Appointments;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;
import fr.infotools.shared.Versions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments of sales reps with their prospects and customers. A rep sees and changes
 * only their own; another rep's appointment answers 404. A manager sees every rep's and
 * books for any rep.
 */
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentController {

	private static final Map<String, String> SORTABLE = Map.of("startAt", "startAt");

	private final Appointments appointments;

	private final AppointmentViews views;

	AppointmentController(Appointments appointments, AppointmentViews views) {
		this.appointments = appointments;
		this.views = views;
	}

	/**
	 * Lists the appointments that start in {@code [from, to)}: ISO instants, or days
	 * (midnight Paris time); by default the current week, at most 370 days.
	 * {@code salesRepId} limits a manager's list to one rep. Sorted by {@code startAt}.
	 */
	@GetMapping
	PageResponse<AppointmentResponse> list(@RequestParam(required = false) InstantParam from,
			@RequestParam(required = false) InstantParam to, @RequestParam(required = false) Long salesRepId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.views.search(InstantParam.of(from), InstantParam.of(to), salesRepId,
				PageQuery.of(page, size, sort, SORTABLE, "startAt"));
	}

	/**
	 * The current user's planned appointments that are not over yet, soonest first
	 * ({@code limit} 20 by default, at most 100).
	 */
	@GetMapping("/upcoming")
	List<AppointmentResponse> upcoming(@RequestParam(required = false) Integer limit) {
		return this.views.upcoming((limit != null) ? limit : Appointments.DEFAULT_UPCOMING);
	}

	@PostMapping
	ResponseEntity<AppointmentResponse> create(@Valid @RequestBody AppointmentInput input) {
		Appointment appointment = this.appointments.book(input.salesRepId(), input.details(), input.status());
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.getId()))
			.eTag(Versions.etag(appointment.getVersion()))
			.body(view(appointment));
	}

	@GetMapping("/{id}")
	ResponseEntity<AppointmentResponse> get(@PathVariable long id) {
		Appointment appointment = this.appointments.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(appointment.getVersion())).body(view(appointment));
	}

	/** Changes an appointment, and its status if one is sent, from the version read. */
	@PutMapping("/{id}")
	ResponseEntity<AppointmentResponse> update(@PathVariable long id, @Valid @RequestBody AppointmentInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Appointment appointment = this.appointments.update(id, Versions.expected(input.version(), ifMatch),
				input.details(), input.status());
		return ResponseEntity.ok().eTag(Versions.etag(appointment.getVersion())).body(view(appointment));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.appointments.delete(id);
	}

	private AppointmentResponse view(Appointment appointment) {
		return this.views.of(List.of(appointment)).get(0);
	}

}
