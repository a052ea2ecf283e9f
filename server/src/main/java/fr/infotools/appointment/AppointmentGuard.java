package fr.infotools.appointment;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.RecordGuard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An appointment is reached only by its sales rep and managers.
 */
@Component
class AppointmentGuard implements RecordGuard {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	AppointmentGuard(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public String pathPattern() {
		return "/api/v1/appointments/{id}/**";
	}

	/** One indexed read, outside any transaction: the guard runs before every call. */
	@Override
	public void check(long id) {
		this.access.requireVisible(this.jdbc.sql("SELECT sales_rep_id FROM appointments WHERE id = ?")
			.param(id)
			.query(Long.class)
			.optional(), "appointment", id);
	}

}
