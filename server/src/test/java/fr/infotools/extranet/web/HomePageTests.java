package fr.infotools.extranet.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import fr.infotools.appointment.AgendaEntry;
import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentRow;
import fr.infotools.appointment.Appointments;
import fr.infotools.customer.Contact;
import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.shared.Money;
import fr.infotools.shared.NotFoundException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the home page says about the next appointment when its customer has no address,
 * has no contact, or was given to another rep since; and that a crowded week sends the
 * rep to the week view.
 */
class HomePageTests {

	/** Saturday 28 November 2026, 15:00 in Paris. */
	static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");

	Appointments appointments = mock(Appointments.class);

	Customers customers = mock(Customers.class);

	Invoicing invoicing = mock(Invoicing.class);

	HomePage page = new HomePage(this.appointments, this.customers, this.invoicing, Clock.fixed(NOW, ZoneOffset.UTC));

	ExtendedModelMap model = new ExtendedModelMap();

	@BeforeEach
	void setUp() {
		given(this.appointments.withParties(anyList())).willAnswer((call) -> {
			List<Appointment> list = call.getArgument(0);
			return list.stream().map((a) -> new AgendaEntry(a, "Client " + a.getId(), null)).toList();
		});
		given(this.appointments.fromWebsiteRequests(any(), anyInt())).willReturn(List.of());
		given(this.invoicing.revenue(any(), any())).willReturn(Money.euros("12.50"));
	}

	@Test
	void withoutAnAddressTheNextAppointmentsPlaceIsWhereToGo() {
		Appointment next = appointment(1, NOW.plusSeconds(3600), 7L, null, "Visioconférence");
		Customer customer = customer(7, null, "Lyon");
		givenNext(next);
		given(this.appointments.inPeriod(any(), any(), isNull(), anyInt())).willReturn(List.of(next));
		given(this.customers.get(7)).willReturn(customer);

		assertThat(this.page.home(this.model)).isEqualTo("app/home");
		HomePage.NextAppointment shown = (HomePage.NextAppointment) this.model.get("next");
		assertThat(shown.customer()).isSameAs(customer);
		assertThat(shown.contact()).isNull();
		assertThat(shown.address()).isEqualTo("Visioconférence");
		assertThat(shown.mapLink()).contains("Visioconf%C3%A9rence");
		assertThat((List<?>) this.model.get("todays")).hasSize(1);
		assertThat(this.model.get("weekTruncated")).isEqualTo(false);
	}

	@Test
	void aCustomerGivenToAnotherRepIsLeftOutAndWithoutPlaceThereIsNoMap() {
		Appointment next = appointment(2, NOW.plusSeconds(86_400), 8L, 3L, null);
		givenNext(next);
		given(this.appointments.inPeriod(any(), any(), isNull(), anyInt())).willReturn(List.of());
		given(this.customers.get(8)).willThrow(new NotFoundException("customer", 8));

		this.page.home(this.model);
		HomePage.NextAppointment shown = (HomePage.NextAppointment) this.model.get("next");
		assertThat(shown.customer()).isNull();
		assertThat(shown.address()).isNull();
		assertThat(shown.mapLink()).isNull();
	}

	@Test
	void theCustomersAddressAndTheContactComeWithTheNextAppointment() {
		Appointment next = appointment(3, NOW.plusSeconds(7200), 9L, 4L, "Salle 2");
		Customer customer = customer(9, "1 rue du Port", "Annecy");
		Contact contact = mock(Contact.class);
		givenNext(next);
		given(this.customers.get(9)).willReturn(customer);
		given(this.customers.contact(9L, 4L)).willReturn(contact);
		List<Appointment> crowded = new ArrayList<>(
				Collections.nCopies(HomePage.WEEK_LIMIT - 1, appointment(4, NOW.plusSeconds(86_400), 9L, null, null)));
		crowded.add(next);
		given(this.appointments.inPeriod(any(), any(), isNull(), eq(HomePage.WEEK_LIMIT))).willReturn(crowded);

		this.page.home(this.model);
		HomePage.NextAppointment shown = (HomePage.NextAppointment) this.model.get("next");
		assertThat(shown.contact()).isSameAs(contact);
		assertThat(shown.address()).isEqualTo("1 rue du Port, Annecy");
		assertThat(this.model.get("weekTruncated")).isEqualTo(true);
		assertThat(this.model.get("next")).isNotNull();
	}

	@Test
	void withNothingAheadThereIsNoNextAppointment() {
		given(this.appointments.upcoming(1)).willReturn(List.of());
		given(this.appointments.inPeriod(any(), any(), isNull(), anyInt())).willReturn(List.of());
		given(this.appointments.countInPeriod(any(), any())).willReturn(0L);
		this.page.home(this.model);
		assertThat(this.model.containsAttribute("next")).isFalse();
		assertThat(this.model.get("revenueThisYear")).isEqualTo(Money.euros("12.50"));
		assertThat(this.model.get("year")).isEqualTo(2026);
	}

	@Test
	void theWeekIsReadFromTheStartOfTodaySoThatPastDaysCannotCrowdTodayOut() {
		given(this.appointments.upcoming(1)).willReturn(List.of());
		Instant midnightToday = Instant.parse("2026-11-27T23:00:00Z");
		Instant nextMonday = Instant.parse("2026-11-29T23:00:00Z");
		Appointment today = appointment(5, NOW.plusSeconds(600), 9L, null, null);
		Appointment sunday = appointment(6, NOW.plusSeconds(86_400), 9L, null, null);
		given(this.appointments.inPeriod(eq(midnightToday), eq(nextMonday), isNull(), eq(HomePage.WEEK_LIMIT)))
			.willReturn(List.of(today, sunday));

		this.page.home(this.model);
		assertThat((List<?>) this.model.get("todays")).extracting("appointment").containsExactly(today);
		assertThat(((Map<?, ?>) this.model.get("laterThisWeek")).values()).singleElement()
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.extracting("appointment")
			.containsExactly(sunday);
	}

	private static Appointment appointment(long id, Instant start, Long customerId, Long contactId, String place) {
		Appointment appointment = mock(Appointment.class);
		given(appointment.getId()).willReturn(id);
		given(appointment.getStartAt()).willReturn(start);
		given(appointment.getEndAt()).willReturn(start.plusSeconds(3600));
		given(appointment.getCustomerId()).willReturn(customerId);
		given(appointment.getContactId()).willReturn(contactId);
		given(appointment.getPlace()).willReturn(place);
		return appointment;
	}

	private static Customer customer(long id, String address, String city) {
		Customer customer = mock(Customer.class);
		given(customer.getId()).willReturn(id);
		given(customer.getAddressLine()).willReturn(address);
		given(customer.getCity()).willReturn(city);
		given(customer.getPostalCode()).willReturn(null);
		return customer;
	}

	private void givenNext(Appointment next) {
		AppointmentRow row = AppointmentRow.of(next);
		given(this.appointments.upcoming(1)).willReturn(List.of(row));
		given(this.appointments.get(next.getId())).willReturn(next);
	}

}
