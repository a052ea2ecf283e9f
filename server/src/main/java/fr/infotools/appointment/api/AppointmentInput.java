package fr.infotools.appointment.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.shared.SafeText;

/**
 * An appointment as a client sends it to book or change one.
 *
 * @param salesRepId on booking by a manager: the rep whose appointment it is (a rep
 * always books for themselves)
 * @param status on update: PLANNED, DONE (once started) or CANCELLED; a new appointment
 * is planned
 * @param version on update: the version read (or an If-Match header)
 */
record AppointmentInput(Long salesRepId, @NotNull Long customerId, Long contactId, @NotNull Instant startAt,
		@NotNull Instant endAt, @Size(max = 200) @SafeText String place,
		@NotBlank @Size(max = 200) @SafeText String subject, @Size(max = 4000) @SafeText(multiline = true) String notes,
		AppointmentStatus status, @PositiveOrZero Long version) {

	AppointmentDetails details() {
		return new AppointmentDetails(this.customerId, this.contactId, this.startAt, this.endAt,
				blankToNull(this.place), this.subject.strip(), blankToNull(this.notes));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
