package fr.infotools.mobile.agenda;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import fr.infotools.mobile.time.AgendaTime;

import static fr.infotools.mobile.Fixtures.NOW;
import static fr.infotools.mobile.Fixtures.appointment;
import static org.assertj.core.api.Assertions.assertThat;

class AgendaTests {

	private final Appointment early = appointment(1, "2026-03-29T22:30:00Z", "2026-03-29T23:30:00Z");

	private final Appointment later = appointment(2, "2026-03-30T15:00:00Z", "2026-03-30T16:00:00Z");

	private final Appointment cancelled = appointment(3, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z",
			AppointmentStatus.CANCELLED);

	private final Appointment past = appointment(4, "2026-03-27T08:00:00Z", "2026-03-27T09:00:00Z");

	private final Agenda agenda = new Agenda(Arrays.asList(this.later, this.cancelled, this.past, this.early),
			Collections.singletonList(new Customer(9, "Transports Mercier", "Paris", "01 02 03 04 05")),
			Arrays.asList(new Contact(15, 9, "Claire", "Bernard", "07 78 82 39 81", null),
					new Contact(16, 10, "Paul", "Roux", null, null)),
			NOW);

	@Test
	void appointmentsAreSortedByStart() {
		assertThat(this.agenda.appointments()).containsExactly(this.past, this.early, this.later, this.cancelled);
	}

	@Test
	void aDayIsThatOfTheTimeZone() {
		// 22:30 UTC on the 29th is 00:30 on the 30th in Paris (summer time)
		assertThat(this.agenda.onDay(LocalDate.of(2026, 3, 30), AgendaTime.PARIS)).containsExactly(this.early,
				this.later);
		assertThat(this.agenda.onDay(LocalDate.of(2026, 3, 29), AgendaTime.PARIS)).isEmpty();
	}

	@Test
	void upcomingLeavesOutWhatIsOverOrCancelled() {
		assertThat(this.agenda.upcoming(NOW)).containsExactly(this.later);
	}

	@Test
	void customersAndContactsAreFoundById() {
		assertThat(this.agenda.customer(9)).map(Customer::companyName).hasValue("Transports Mercier");
		assertThat(this.agenda.customer(10)).isEmpty();
		assertThat(this.agenda.contact(15L)).map(Contact::phone).hasValue("07 78 82 39 81");
		assertThat(this.agenda.contact(null)).isEmpty();
		assertThat(this.agenda.contactsOf(9)).extracting(Contact::id).containsExactly(15L);
		assertThat(this.agenda.find(2)).hasValue(this.later);
	}

	@Test
	void changesReplaceOrRemoveAnAppointment() {
		Appointment moved = this.agenda.apply(this.later,
				new AppointmentDraft(9L, 16L, this.later.startAt().plusSeconds(3600),
						this.later.endAt().plusSeconds(3600), null, "Démo", null, null));
		assertThat(moved.contactName()).isEqualTo("Paul Roux");
		assertThat(moved.customerName()).isEqualTo("Transports Mercier");
		assertThat(moved.status()).isEqualTo(AppointmentStatus.PLANNED);
		Agenda changed = this.agenda.with(moved).without(1);
		assertThat(changed.appointments()).containsExactly(this.past, moved, this.cancelled);
		Appointment unknownCustomer = this.agenda.apply(this.later,
				new AppointmentDraft(77L, null, this.later.startAt(), this.later.endAt(), null, "Démo", null, null));
		assertThat(unknownCustomer.customerName()).isNull();
		assertThat(Agenda.empty().appointments()).isEmpty();
		assertThat(this.later.isLocalOnly()).isFalse();
	}

}
