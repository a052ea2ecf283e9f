package fr.infotools.appointment.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentRow;
import fr.infotools.customer.Customers;

import org.springframework.stereotype.Component;

/**
 * The names of the customers and contacts of a page of appointments, in a few queries for
 * the whole page, through the customers' public API and so with the current user's
 * rights: a customer the user may no longer see (given to another rep since) keeps its id
 * but shows no name.
 */
@Component
class PartyNames {

	private final Customers customers;

	PartyNames(Customers customers) {
		this.customers = customers;
	}

	Names of(Collection<Appointment> appointments) {
		return ofRows(appointments.stream().map(AppointmentRow::of).toList());
	}

	Names ofRows(Collection<AppointmentRow> appointments) {
		Set<Long> customerIds = new LinkedHashSet<>();
		Set<Long> contactIds = new LinkedHashSet<>();
		for (AppointmentRow appointment : appointments) {
			customerIds.add(appointment.customerId());
			if (appointment.contactId() != null) {
				contactIds.add(appointment.contactId());
			}
		}
		return new Names(this.customers.companyNames(customerIds), this.customers.contactNames(contactIds));
	}

	record Names(Map<Long, String> customers, Map<Long, String> contacts) {

		String customer(long id) {
			return this.customers.get(id);
		}

		String contact(Long id) {
			return (id != null) ? this.contacts.get(id) : null;
		}

	}

}
