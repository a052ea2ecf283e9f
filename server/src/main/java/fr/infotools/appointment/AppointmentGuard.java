package fr.infotools.appointment;

import fr.infotools.shared.RecordGuard;

import org.springframework.stereotype.Component;

/**
 * An appointment is reached only by its sales rep and managers.
 */
@Component
class AppointmentGuard implements RecordGuard {

	private final Appointments appointments;

	AppointmentGuard(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public String pathPattern() {
		return "/api/v1/appointments/{id}/**";
	}

	@Override
	public void check(long id) {
		this.appointments.get(id);
	}

}
