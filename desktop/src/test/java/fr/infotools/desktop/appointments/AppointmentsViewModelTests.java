package fr.infotools.desktop.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.Appointment;
import fr.infotools.desktop.api.model.AppointmentInput;
import fr.infotools.desktop.api.model.AppointmentStatus;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AppointmentsViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private AppointmentsViewModel model;

	@BeforeEach
	void setUp() {
		when(this.backend.users().list(Role.SALES)).thenReturn(List.of(Fixtures.rep(2, "Jean Dupont")));
		when(this.backend.customers().list(any(), any(), any(), anyInt(), anyInt()))
			.thenReturn(Page.of(List.of(Fixtures.customer(1, "Atelier Martinet", 2, 0))));
		this.model = new AppointmentsViewModel(Fixtures.context(this.backend));
		this.model.loadReps();
	}

	static Appointment appointment(String start, String end) {
		return new Appointment(7L, 2L, "Jean Dupont", 1L, "Atelier Martinet", null, null, Instant.parse(start),
				Instant.parse(end), null, "Démonstration", null, AppointmentStatus.PLANNED, null, null, null, 3L);
	}

	@Test
	void aWeekRunsFromMondayInParisTime() {
		this.model.anchorProperty().set(LocalDate.of(2026, 12, 3));
		this.model.load();
		verify(this.backend.appointments()).between(Instant.parse("2026-11-29T23:00:00Z"),
				Instant.parse("2026-12-06T23:00:00Z"), null);
		assertThat(this.model.days()).hasSize(7).first().isEqualTo(LocalDate.of(2026, 11, 30));

		this.model.spanProperty().set(AppointmentsViewModel.Span.DAY);
		this.model.repFilterProperty().set(this.model.reps().get(0));
		this.model.next();
		verify(this.backend.appointments()).between(Instant.parse("2026-12-03T23:00:00Z"),
				Instant.parse("2026-12-04T23:00:00Z"), 2L);
	}

	@Test
	void weekendDaysShowOnlyWhenSomethingIsBooked() {
		when(this.backend.appointments().between(any(), any(), any()))
			.thenReturn(List.of(appointment("2026-12-05T09:00:00Z", "2026-12-05T10:00:00Z")));
		this.model.anchorProperty().set(LocalDate.of(2026, 12, 3));
		this.model.load();
		assertThat(this.model.visibleDays()).hasSize(6).contains(LocalDate.of(2026, 12, 5));
		assertThat(this.model.on(LocalDate.of(2026, 12, 5))).hasSize(1);
	}

	@Test
	void booksForAnyRepWithParisTimes() {
		when(this.backend.appointments().create(any()))
			.thenReturn(appointment("2026-12-01T13:30:00Z", "2026-12-01T14:30:00Z"));
		this.model.newAppointment(LocalDate.of(2026, 12, 1));
		this.model.repProperty().set(this.model.reps().get(0));
		this.model.customer().search();
		this.model.startProperty().set("14h30");
		this.model.endProperty().set("15:30");
		this.model.subjectProperty().set("Démonstration");

		this.model.save();

		ArgumentCaptor<AppointmentInput> input = ArgumentCaptor.forClass(AppointmentInput.class);
		verify(this.backend.appointments()).create(input.capture());
		assertThat(input.getValue().salesRepId()).isEqualTo(2L);
		assertThat(input.getValue().customerId()).isEqualTo(1L);
		assertThat(input.getValue().startAt()).isEqualTo(Instant.parse("2026-12-01T13:30:00Z"));
		assertThat(input.getValue().endAt()).isEqualTo(Instant.parse("2026-12-01T14:30:00Z"));
		assertThat(input.getValue().status()).isNull();
		assertThat(this.model.editingProperty().get().id()).isEqualTo(7L);
	}

	@Test
	void wrongTimesAreMarkedBeforeAnyCall() {
		this.model.newAppointment(LocalDate.of(2026, 12, 1));
		this.model.repProperty().set(this.model.reps().get(0));
		this.model.customer().search();
		this.model.subjectProperty().set("Démonstration");
		this.model.startProperty().set("midi");
		this.model.save();
		assertThat(this.model.fieldErrors()).containsKey("startAt");
		this.model.startProperty().set("15:00");
		this.model.endProperty().set("14:00");
		this.model.save();
		assertThat(this.model.fieldErrors()).containsKey("endAt");
		verify(this.backend.appointments(), never()).create(any());
	}

	@Test
	void anOverlapIsExplainedByTheServer() {
		when(this.backend.appointments().update(org.mockito.ArgumentMatchers.eq(7L), any())).thenThrow(Fixtures
			.problem(409, "appointment-overlap", "Ce créneau chevauche un autre rendez-vous du commercial."));
		this.model.select(appointment("2026-12-01T13:30:00Z", "2026-12-01T14:30:00Z"));
		assertThat(this.model.startProperty().get()).isEqualTo("14:30");
		this.model.save();
		assertThat(this.model.errorProperty().get()).contains("chevauche");
		ArgumentCaptor<AppointmentInput> input = ArgumentCaptor.forClass(AppointmentInput.class);
		verify(this.backend.appointments()).update(org.mockito.ArgumentMatchers.eq(7L), input.capture());
		assertThat(input.getValue().version()).isEqualTo(3L);
		assertThat(input.getValue().status()).isEqualTo(AppointmentStatus.PLANNED);
	}

}
