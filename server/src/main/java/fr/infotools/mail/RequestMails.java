package fr.infotools.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.appointment.AppointmentRequestAssigned;
import fr.infotools.appointment.AppointmentRequestSubmitted;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the website request journey: the requester's acknowledgement when the
 * request arrives; when a manager assigns it, the notice to the sales rep and the
 * confirmation of the appointment to the requester. Written to the outbox in the
 * transaction of the action (the listeners run synchronously, inside it).
 */
@Component
class RequestMails {

	private static final Logger logger = LoggerFactory.getLogger(RequestMails.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", MailTemplates.FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", MailTemplates.FRENCH);

	private final MailOutbox outbox;

	private final Users users;

	RequestMails(MailOutbox outbox, Users users) {
		this.outbox = outbox;
		this.users = users;
	}

	@EventListener
	void submitted(AppointmentRequestSubmitted request) {
		if (!deliverable(request.email(), request.requestId())) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("name", request.requesterName());
		model.put("requesterCompany", request.companyName());
		model.put("subject", request.subject());
		model.put("preferredSlots", request.preferredSlots());
		model.put("message", request.message());
		model.put("submittedOn", day(request.submittedAt()));
		this.outbox.enqueue(new Letter("request-received", List.of(request.email()), null, List.of(request.subject()),
				model, List.of()));
	}

	@EventListener
	void assigned(AppointmentRequestAssigned assignment) {
		UserSummary rep = this.users.find(assignment.salesRepId()).orElseThrow();
		Map<String, Object> model = new HashMap<>();
		model.put("name", assignment.requesterName());
		model.put("requesterCompany", assignment.companyName());
		model.put("email", assignment.email());
		model.put("phone", assignment.phone());
		model.put("subject", assignment.subject());
		model.put("message", assignment.message());
		model.put("day", day(assignment.startAt()));
		model.put("start", time(assignment.startAt()));
		model.put("end", time(assignment.endAt()));
		model.put("place", assignment.place());
		model.put("repName", rep.displayName());
		model.put("repEmail", rep.email());
		model.put("appointmentId", assignment.appointmentId());
		boolean repReachable = MailOutbox.isAddress(rep.email());
		if (deliverable(assignment.email(), assignment.requestId())) {
			this.outbox.enqueue(new Letter("request-assigned-requester", List.of(assignment.email()),
					repReachable ? rep.email() : null, List.of(day(assignment.startAt())), model, List.of()));
		}
		if (repReachable) {
			String who = (assignment.companyName() != null) ? assignment.companyName() : assignment.requesterName();
			this.outbox.enqueue(new Letter("request-assigned-rep", List.of(rep.email()),
					MailOutbox.isAddress(assignment.email()) ? assignment.email() : null,
					List.of(who, day(assignment.startAt())), model, List.of()));
		}
		else {
			logger.warn("Sales rep {} has no usable e-mail address: no notice of appointment {}",
					assignment.salesRepId(), assignment.appointmentId());
		}
	}

	/**
	 * Whether the requester can be written to: an address the form accepted may still be
	 * one no SMTP server takes (then the request goes on without the mail, and says so in
	 * the log).
	 */
	private static boolean deliverable(String email, long requestId) {
		boolean deliverable = MailOutbox.isAddress(email);
		if (!deliverable) {
			logger.warn("Request {}: the requester's address cannot be written to, no mail", requestId);
		}
		return deliverable;
	}

	private static String day(Instant instant) {
		return DAY.format(ZonedDateTime.ofInstant(instant, PARIS));
	}

	private static String time(Instant instant) {
		return TIME.format(ZonedDateTime.ofInstant(instant, PARIS));
	}

}
