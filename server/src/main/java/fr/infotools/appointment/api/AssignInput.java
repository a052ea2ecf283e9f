package fr.infotools.appointment.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.infotools.appointment.Assignment;
import fr.infotools.shared.SafeText;

/**
 * A manager's decision to give a website request to a sales rep.
 *
 * @param customerId the prospect or customer to link; by default the one with the
 * requester's e-mail address, or else a new prospect of the rep
 * @param subject by default the request's
 */
record AssignInput(@NotNull Long salesRepId, @NotNull Instant startAt, @NotNull Instant endAt,
		@Size(max = 200) @SafeText String place, @Size(max = 200) @SafeText String subject, Long customerId) {

	Assignment assignment() {
		return new Assignment(this.salesRepId, this.customerId, this.startAt, this.endAt,
				AppointmentInput.blankToNull(this.place), AppointmentInput.blankToNull(this.subject));
	}

}
