package fr.infotools.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An appointment as an agenda shows it: with the names of its customer and contact (null
 * when the current user may not see them), and its times in Paris.
 */
public record AgendaEntry(Appointment appointment, String customerName, String contactName) {

	/** When it starts, Paris time. */
	public LocalDateTime start() {
		return LocalDateTime.ofInstant(this.appointment.getStartAt(), Period.PARIS);
	}

	/** When it ends, Paris time. */
	public LocalDateTime end() {
		return LocalDateTime.ofInstant(this.appointment.getEndAt(), Period.PARIS);
	}

	/** The day it starts, in Paris. */
	public LocalDate day() {
		return start().toLocalDate();
	}

}
