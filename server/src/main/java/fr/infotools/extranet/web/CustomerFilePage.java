package fr.infotools.extranet.web;

import java.time.LocalDate;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.Appointments;
import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.InvoiceFilter;
import fr.infotools.invoicing.InvoiceSummary;
import fr.infotools.invoicing.Invoicing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A prospect's or customer's file: its details and contacts (from the customer module),
 * its latest appointments and invoices (from the appointment and invoicing modules). A
 * customer of another rep is not found, like one that does not exist.
 */
@Controller
class CustomerFilePage {

	/** How many of the latest appointments and invoices the file shows. */
	static final int LATEST = 10;

	private final Customers customers;

	private final Appointments appointments;

	private final Invoicing invoicing;

	CustomerFilePage(Customers customers, Appointments appointments, Invoicing invoicing) {
		this.customers = customers;
		this.appointments = appointments;
		this.invoicing = invoicing;
	}

	@GetMapping("/app/clients/{id}")
	String file(@PathVariable long id, Model model) {
		Customer customer = this.customers.get(id);
		model.addAttribute("customer", customer);
		model.addAttribute("contacts", this.customers.contacts(id));
		if (customer.getConvertedAt() != null) {
			model.addAttribute("customerSince", LocalDate.ofInstant(customer.getConvertedAt(), HomePage.PARIS));
		}
		Page<Appointment> latest = this.appointments.forCustomer(id,
				PageRequest.of(0, LATEST, Sort.by(Sort.Direction.DESC, "startAt", "id")));
		model.addAttribute("appointments", this.appointments.withParties(latest.getContent()));
		model.addAttribute("appointmentCount", latest.getTotalElements());
		Page<InvoiceSummary> invoices = this.invoicing.search(new InvoiceFilter(null, null, null, id, null, null, null),
				PageRequest.of(0, LATEST, Sort.by(Sort.Direction.DESC, "issueDate", "id")));
		model.addAttribute("invoices", invoices.getContent());
		model.addAttribute("invoiceCount", invoices.getTotalElements());
		if (customer.getAddressLine() != null && customer.getCity() != null) {
			model.addAttribute("mapLink", HomePage.mapLink(customer.getAddressLine() + ", "
					+ ((customer.getPostalCode() != null) ? customer.getPostalCode() + " " : "") + customer.getCity()));
		}
		return "app/customer";
	}

}
