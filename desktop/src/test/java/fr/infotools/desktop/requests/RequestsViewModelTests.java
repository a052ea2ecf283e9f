package fr.infotools.desktop.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.Appointment;
import fr.infotools.desktop.api.model.AppointmentStatus;
import fr.infotools.desktop.api.model.AssignInput;
import fr.infotools.desktop.api.model.Assignment;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.RequestStatus;
import fr.infotools.desktop.api.model.SiteRequest;
import fr.infotools.desktop.api.model.TimeSlot;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RequestsViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private final RequestsViewModel model = new RequestsViewModel(Fixtures.context(this.backend));

	static SiteRequest request(RequestStatus status) {
		return new SiteRequest(4L, status, "Romain Nguyen", "Agence des Tropiques", "romain@example.fr", null,
				"Intéressé(e) par : Écran 27\"", null, null, "Mardi matin", Fixtures.NOW, null, null, null, null, null,
				null, null, null, 0L);
	}

	@Test
	void theNextWorkingDayIsOfferedFirst() {
		assertThat(RequestsViewModel.nextWorkingDay(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(this.model.dayProperty().get()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void listsTheNewRequestsFirst() {
		when(this.backend.requests().list(any(), anyInt(), anyInt()))
			.thenReturn(Page.of(List.of(request(RequestStatus.NEW))));
		this.model.load();
		verify(this.backend.requests()).list(RequestStatus.NEW, 0, RequestsViewModel.PAGE_SIZE);
		assertThat(this.model.requests()).hasSize(1);
	}

	@Test
	void showsTheFreeSlotsOfTheChosenRepAndAssignsOne() {
		TimeSlot nine = new TimeSlot(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"));
		when(this.backend.requests().freeSlots(3L, LocalDate.of(2026, 12, 1))).thenReturn(List.of(nine));
		when(this.backend.requests().list(any(), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		this.model.select(request(RequestStatus.NEW));
		this.model.assign();
		assertThat(this.model.fieldErrors()).containsKeys("salesRepId", "startAt");

		this.model.repProperty().set(Fixtures.rep(3, "Sophie Leroy"));
		assertThat(this.model.slots()).containsExactly(nine);
		this.model.slotProperty().set(nine);
		Appointment booked = new Appointment(300L, 3L, "Sophie Leroy", 91L, "Agence des Tropiques", null, null,
				nine.startAt(), nine.endAt(), null, "x", null, AppointmentStatus.PLANNED, 4L, null, null, 0L);
		when(this.backend.requests().assign(eq(4L), any()))
			.thenReturn(new Assignment(request(RequestStatus.ASSIGNED), booked));

		this.model.assign();

		ArgumentCaptor<AssignInput> input = ArgumentCaptor.forClass(AssignInput.class);
		verify(this.backend.requests()).assign(eq(4L), input.capture());
		assertThat(input.getValue().salesRepId()).isEqualTo(3L);
		assertThat(input.getValue().startAt()).isEqualTo(nine.startAt());
		assertThat(input.getValue().subject()).isEqualTo("Intéressé(e) par : Écran 27\"");
		assertThat(this.model.infoProperty().get().replace('\u00a0', ' '))
			.isEqualTo("Demande de Romain Nguyen assignée à Sophie Leroy ; rendez-vous le 01/12/2026 09:00.");
		assertThat(this.model.selectedProperty().get().status()).isEqualTo(RequestStatus.ASSIGNED);
	}

	@Test
	void aRejectionNeedsAReason() {
		this.model.select(request(RequestStatus.NEW));
		this.model.reject();
		assertThat(this.model.fieldErrors()).containsKey("reason");
		verify(this.backend.requests(), never()).reject(anyLong(), any());
	}

}
