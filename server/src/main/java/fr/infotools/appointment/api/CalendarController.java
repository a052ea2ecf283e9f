package fr.infotools.appointment.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.CalendarFeed;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.RunAs;
import fr.infotools.identity.Users;
import fr.infotools.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed that phone and desktop calendars subscribe to: the user's
 * appointments from three months back to twelve months ahead. It needs no login: the
 * secret token of the link (see {@code /api/v1/me}) stands for the user, and an unknown
 * token answers 404.
 */
@RestController
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final Appointments appointments;

	private final PartyNames names;

	private final Users users;

	private final MessageSource messages;

	CalendarController(Appointments appointments, PartyNames names, Users users, MessageSource messages) {
		this.appointments = appointments;
		this.names = names;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/api/v1/appointments/calendar.ics")
	ResponseEntity<String> feed(@RequestParam(required = false) String token) {
		CalendarFeed feed = this.appointments.calendar(token)
			.orElseThrow(() -> new NotFoundException("calendar", "token"));
		CurrentUser owner = this.users.currentUserOf(feed.owner().id())
			.orElseThrow(() -> new NotFoundException("calendar", "token"));
		// customers' names are read with the feed owner's rights, as they would read them
		PartyNames.Names parties = RunAs.user(owner, () -> this.names.of(feed.appointments()));
		Locale locale = LocaleContextHolder.getLocale();
		ICalendar calendar = new ICalendar("-//Info-Tools//InfoTools CRM//FR",
				this.messages.getMessage("calendar.name", new Object[] { owner.displayName() }, locale));
		for (Appointment appointment : feed.appointments()) {
			calendar.event(event(appointment, parties, locale));
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"infotools.ics\"")
			.body(calendar.end());
	}

	private ICalendar.Event event(Appointment appointment, PartyNames.Names parties, Locale locale) {
		String customer = parties.customer(appointment.getCustomerId());
		String contact = parties.contact(appointment.getContactId());
		List<String> description = new ArrayList<>();
		if (customer != null) {
			description.add(this.messages.getMessage("calendar.customer", new Object[] { customer }, locale));
		}
		if (contact != null) {
			description.add(this.messages.getMessage("calendar.contact", new Object[] { contact }, locale));
		}
		if (appointment.getNotes() != null) {
			description.add((description.isEmpty() ? "" : "\n") + appointment.getNotes());
		}
		String summary = appointment.getSubject() + ((customer != null) ? " — " + customer : "");
		String status = (appointment.getStatus() == AppointmentStatus.CANCELLED) ? "CANCELLED" : "CONFIRMED";
		return new ICalendar.Event("appointment-" + appointment.getId() + "@infotools", appointment.getUpdatedAt(),
				appointment.getVersion(), appointment.getStartAt(), appointment.getEndAt(), summary,
				appointment.getPlace(), description.isEmpty() ? null : String.join("\n", description), status);
	}

}
