package fr.infotools.appointment.api;

import java.util.List;
import java.util.Map;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentRow;
import fr.infotools.appointment.Appointments;
import fr.infotools.identity.Users;
import fr.infotools.shared.PageResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments as the API shows them, with the names of their reps, customers and
 * contacts: each read in one transaction (one connection, one commit) rather than one per
 * lookup.
 */
@Component
class AppointmentViews {

	private final Appointments appointments;

	private final PartyNames names;

	private final Users users;

	AppointmentViews(Appointments appointments, PartyNames names, Users users) {
		this.appointments = appointments;
		this.names = names;
		this.users = users;
	}

	@Transactional(readOnly = true)
	List<AppointmentResponse> upcoming(int limit) {
		return ofRows(this.appointments.upcoming(limit));
	}

	@Transactional(readOnly = true)
	PageResponse<AppointmentResponse> search(java.time.Instant from, java.time.Instant to, Long salesRepId,
			Pageable page) {
		Page<Appointment> found = this.appointments.search(from, to, salesRepId, page);
		PartyNames.Names parties = this.names.of(found.getContent());
		Map<Long, String> userNames = this.users.displayNames();
		return PageResponse.of(found.map((appointment) -> AppointmentResponse.of(appointment, userNames, parties)));
	}

	@Transactional(readOnly = true)
	List<AppointmentResponse> of(List<Appointment> appointments) {
		return ofRows(appointments.stream().map(AppointmentRow::of).toList());
	}

	private List<AppointmentResponse> ofRows(List<AppointmentRow> appointments) {
		PartyNames.Names parties = this.names.ofRows(appointments);
		Map<Long, String> userNames = this.users.displayNames();
		return appointments.stream().map((row) -> AppointmentResponse.of(row, userNames, parties)).toList();
	}

}
