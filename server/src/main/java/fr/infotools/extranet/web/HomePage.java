package fr.infotools.extranet.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.appointment.AgendaEntry;
import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.Appointments;
import fr.infotools.customer.Contact;
import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The rep's home page: today's and the rest of this week's appointments in order, the
 * next one with everything needed to get there, the appointments managers just booked
 * from website requests, quick actions and a few of the rep's own figures. A constant
 * number of queries, whatever the number of appointments.
 */
@Controller
class HomePage {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * The most appointments shown for today and the rest of the week (the week view has
	 * them all).
	 */
	static final int WEEK_LIMIT = 100;

	/** How far back a booking from a website request counts as new. */
	static final Duration NEW_REQUESTS = Duration.ofDays(14);

	static final int REQUESTS_LIMIT = 5;

	private final Appointments appointments;

	private final Customers customers;

	private final Invoicing invoicing;

	private final Clock clock;

	HomePage(Appointments appointments, Customers customers, Invoicing invoicing, Clock clock) {
		this.appointments = appointments;
		this.customers = customers;
		this.invoicing = invoicing;
		this.clock = clock;
	}

	@GetMapping("/app")
	String home(Model model) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, PARIS);
		LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		// from the start of today: the days of the week already gone are not shown, and
		// reading them first would push today's appointments past the limit in a busy
		// week
		List<Appointment> week = this.appointments.inPeriod(start(today), start(nextMonday), null, WEEK_LIMIT);
		List<Appointment> next = this.appointments.upcoming(1)
			.stream()
			.map((row) -> this.appointments.get(row.id()))
			.toList();
		List<Appointment> fromRequests = this.appointments.fromWebsiteRequests(now.minus(NEW_REQUESTS), REQUESTS_LIMIT);

		List<Appointment> all = new ArrayList<>(week);
		all.addAll(next);
		all.addAll(fromRequests);
		List<AgendaEntry> described = this.appointments.withParties(all);
		List<AgendaEntry> weekEntries = described.subList(0, week.size());
		Map<LocalDate, List<AgendaEntry>> laterThisWeek = new TreeMap<>();
		List<AgendaEntry> todays = new ArrayList<>();
		for (AgendaEntry entry : weekEntries) {
			if (entry.day().equals(today)) {
				todays.add(entry);
			}
			else {
				laterThisWeek.computeIfAbsent(entry.day(), (day) -> new ArrayList<>()).add(entry);
			}
		}
		model.addAttribute("today", today);
		model.addAttribute("todays", todays);
		model.addAttribute("laterThisWeek", laterThisWeek);
		model.addAttribute("weekTruncated", week.size() >= WEEK_LIMIT);
		model.addAttribute("fromRequests", described.subList(week.size() + next.size(), described.size()));
		if (!next.isEmpty()) {
			model.addAttribute("next", nextAppointment(described.get(week.size())));
		}
		LocalDate firstOfMonth = today.withDayOfMonth(1);
		model.addAttribute("appointmentsThisMonth",
				this.appointments.countInPeriod(start(firstOfMonth), start(firstOfMonth.plusMonths(1))));
		model.addAttribute("revenueThisYear", this.invoicing.revenue(today.withDayOfYear(1), today));
		model.addAttribute("year", today.getYear());
		return "app/home";
	}

	/** The next appointment with its customer's address, its contact and a map link. */
	private NextAppointment nextAppointment(AgendaEntry entry) {
		Appointment appointment = entry.appointment();
		Customer customer = null;
		Contact contact = null;
		try {
			customer = this.customers.get(appointment.getCustomerId());
			if (appointment.getContactId() != null) {
				contact = this.customers.contact(customer.getId(), appointment.getContactId());
			}
		}
		catch (NotFoundException ex) {
			// given to another rep since: the appointment is shown without them
		}
		String address = address(appointment, customer);
		return new NextAppointment(entry, customer, contact, address, (address != null) ? mapLink(address) : null);
	}

	/**
	 * Where to go: the customer's address, or the place of the appointment when the
	 * customer has none.
	 */
	private static String address(Appointment appointment, Customer customer) {
		if (customer != null && customer.getAddressLine() != null && customer.getCity() != null) {
			return String
				.join(" ", customer.getAddressLine() + ",",
						(customer.getPostalCode() != null) ? customer.getPostalCode() : "", customer.getCity())
				.replaceAll("\\s+", " ");
		}
		return appointment.getPlace();
	}

	static String mapLink(String address) {
		return UriComponentsBuilder.fromUriString("https://www.openstreetmap.org/search")
			.queryParam("query", address)
			.encode()
			.build()
			.toUriString();
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(PARIS).toInstant();
	}

	/** The next appointment, and what the rep needs to get there. */
	record NextAppointment(AgendaEntry entry, Customer customer, Contact contact, String address, String mapLink) {

	}

}
