package fr.infotools.appointment.api;

import java.util.Optional;

import jakarta.validation.Valid;

import fr.infotools.appointment.AppointmentRequest;
import fr.infotools.appointment.AppointmentRequestStatus;
import fr.infotools.appointment.Appointments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public website's appointment form, open to everyone: at most a few requests per
 * hour and client address ({@link PublicRequestRateLimit}), every field checked, and the
 * insert audited as {@code anonymous}.
 */
@RestController
@RequestMapping(PublicRequestController.PATH)
class PublicRequestController {

	static final String PATH = "/api/v1/public/appointment-requests";

	private final Appointments appointments;

	private final MessageSource messages;

	PublicRequestController(Appointments appointments, MessageSource messages) {
		this.appointments = appointments;
		this.messages = messages;
	}

	/**
	 * Stores the request for the managers. A robot that filled in the hidden field gets
	 * the same answer, but nothing is stored.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Receipt submit(@Valid @RequestBody PublicRequestInput input) {
		Optional<AppointmentRequest> stored = this.appointments.submitFromWebsite(input.details(), input.website());
		return new Receipt(stored.map(AppointmentRequest::getId).orElse(null), AppointmentRequestStatus.NEW,
				this.messages.getMessage("request.received", null, LocaleContextHolder.getLocale()));
	}

	/** The answer to the requester. */
	record Receipt(Long id, AppointmentRequestStatus status, String message) {

	}

}
