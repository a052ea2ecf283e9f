package fr.infotools.mobile.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.infotools.mobile.time.AgendaTime;

/**
 * The rep's appointments, customers and contacts as last synchronised (and changed on the
 * phone since), readable without network.
 *
 * @param syncedAt when the server last answered, or null if it never did
 */
public record Agenda(List<Appointment> appointments, List<Customer> customers, List<Contact> contacts,
		Instant syncedAt) {

	private static final Comparator<Appointment> BY_START = Comparator.comparing(Appointment::startAt)
		.thenComparing(Appointment::id);

	public Agenda {
		List<Appointment> sorted = new ArrayList<>(appointments);
		sorted.sort(BY_START);
		appointments = Collections.unmodifiableList(sorted);
		customers = Collections.unmodifiableList(new ArrayList<>(customers));
		contacts = Collections.unmodifiableList(new ArrayList<>(contacts));
	}

	public static Agenda empty() {
		return new Agenda(Collections.emptyList(), Collections.emptyList(), Collections.emptyList(), null);
	}

	public Optional<Appointment> find(long id) {
		return this.appointments.stream().filter((appointment) -> appointment.id() == id).findFirst();
	}

	/** The appointments that start on the given day, in that time zone. */
	public List<Appointment> onDay(LocalDate day, ZoneId zone) {
		AgendaTime.Day bounds = new AgendaTime(zone).day(day);
		return this.appointments.stream()
			.filter((appointment) -> bounds.contains(appointment.startAt()))
			.collect(Collectors.toList());
	}

	/** The appointments not over yet and not cancelled, soonest first. */
	public List<Appointment> upcoming(Instant now) {
		return this.appointments.stream()
			.filter((appointment) -> appointment.endAt().isAfter(now))
			.filter((appointment) -> appointment.status() != AppointmentStatus.CANCELLED)
			.collect(Collectors.toList());
	}

	public Optional<Customer> customer(long id) {
		return this.customers.stream().filter((customer) -> customer.id() == id).findFirst();
	}

	public Optional<Contact> contact(Long id) {
		return (id == null) ? Optional.empty()
				: this.contacts.stream().filter((contact) -> contact.id() == id).findFirst();
	}

	public List<Contact> contactsOf(long customerId) {
		return this.contacts.stream()
			.filter((contact) -> contact.customerId() == customerId)
			.collect(Collectors.toList());
	}

	/** This agenda with the appointment added, or replacing the one with its id. */
	public Agenda with(Appointment appointment) {
		List<Appointment> changed = without(appointment.id()).appointments;
		List<Appointment> all = new ArrayList<>(changed);
		all.add(appointment);
		return new Agenda(all, this.customers, this.contacts, this.syncedAt);
	}

	public Agenda without(long id) {
		return new Agenda(
				this.appointments.stream().filter((appointment) -> appointment.id() != id).collect(Collectors.toList()),
				this.customers, this.contacts, this.syncedAt);
	}

	/**
	 * The appointment as the rep changed it, with the names of its customer and contact.
	 */
	public Appointment apply(Appointment appointment, AppointmentDraft draft) {
		String customerName = customer(draft.customerId()).map(Customer::companyName)
			.orElse((draft.customerId() == appointment.customerId()) ? appointment.customerName() : null);
		String contactName = contact(draft.contactId()).map(Contact::displayName).orElse(null);
		return appointment.with(draft, customerName, contactName);
	}

	/** A new agenda from the server, keeping nothing of this one. */
	public static Agenda fromServer(Collection<Appointment> appointments, Collection<Customer> customers,
			Collection<Contact> contacts, Instant syncedAt) {
		return new Agenda(new ArrayList<>(appointments), new ArrayList<>(customers), new ArrayList<>(contacts),
				syncedAt);
	}

}
