package fr.infotools.appointment;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AppointmentTests {

	private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");

	@Test
	void endsAfterItStartsWithinTwelveHours() {
		Appointment.checkPeriod(NINE, NINE.plus(Duration.ofHours(12)));
		assertThatIllegalArgumentException().isThrownBy(() -> Appointment.checkPeriod(NINE, NINE));
		assertThatIllegalArgumentException().isThrownBy(() -> Appointment.checkPeriod(NINE, NINE.minusSeconds(60)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Appointment.checkPeriod(NINE, NINE.plus(Duration.ofHours(12)).plusSeconds(1)));
	}

	@Test
	void keepsItsDetailsAndStatus() {
		Appointment appointment = new Appointment(7,
				new AppointmentDetails(3, 4L, NINE, NINE.plusSeconds(3600), "Lyon", "Démo", "notes"), null);
		assertThat(appointment.getSalesRepId()).isEqualTo(7);
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
		appointment.markDone();
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.DONE);
		appointment.cancel();
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
	}

	@Test
	void aRequestNeedsConsentAndIsDecidedOnce() {
		RequestDetails noConsent = new RequestDetails("Anne Roy", "Roy SARL", "anne@roy.fr", null, "Devis", null,
				"Bonjour", null, false);
		assertThatIllegalArgumentException().isThrownBy(() -> new AppointmentRequest(noConsent));
		AppointmentRequest request = new AppointmentRequest(
				new RequestDetails("Anne Roy", "Roy SARL", "anne@roy.fr", null, "Devis", null, "Bonjour", null, true));
		assertThat(request.getStatus()).isEqualTo(AppointmentRequestStatus.NEW);
		request.reject(1L, "Hors zone", NINE);
		assertThat(request.getStatus()).isEqualTo(AppointmentRequestStatus.REJECTED);
		assertThat(request.getRejectionReason()).isEqualTo("Hors zone");
		assertThatIllegalStateException().isThrownBy(() -> request.assign(1L, 2, 3, NINE));
		assertThatIllegalStateException().isThrownBy(() -> request.reject(1L, "again", NINE));
	}

}
