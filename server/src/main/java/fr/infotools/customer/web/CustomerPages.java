package fr.infotools.customer.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.infotools.customer.Contact;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.shared.ConflictException;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rep's prospects and customers: the list searched by the beginning of the company name
 * and paged by the database, and the forms to create, change, delete and convert them and
 * to keep their contacts. Another rep's record answers the 404 page.
 */
@Controller
@RequestMapping("/app/clients")
class CustomerPages {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private final Customers customers;

	CustomerPages(Customers customers) {
		this.customers = customers;
	}

	@InitBinder({ "form", "contact" })
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * The prospects and customers whose name starts with {@code q}, of one type when
	 * {@code type} names one, by name.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		CustomerType kind = typeOf(type);
		String prefix = (q != null && !q.isBlank()) ? q.strip() : null;
		int length = (size != null) ? Math.max(1, Math.min(size, MAX_PAGE_SIZE)) : DEFAULT_PAGE_SIZE;
		int number = (page != null && page > 0) ? Math.min(page, 1_000_000) : 0;
		Page<Customer> found = this.customers.search(prefix, null, kind,
				PageRequest.of(number, length, Sort.by("companyName", "id")));
		model.addAttribute("page", found);
		model.addAttribute("q", prefix);
		model.addAttribute("type", kind);
		model.addAttribute("size", (size != null) ? length : null);
		model.addAttribute("types", CustomerType.values());
		return "app/customers/list";
	}

	@GetMapping("/nouveau")
	String newForm(Model model) {
		return showForm(new CustomerForm(), null, model);
	}

	@PostMapping("/nouveau")
	String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		checkSiren(form, result);
		if (!result.hasErrors()) {
			// a rep owns what they create: no owner to name
			CustomerType type = (form.getType() != null) ? form.getType() : CustomerType.PROSPECT;
			Customer created = this.customers.create(type, form.details(), null);
			redirect.addFlashAttribute("notice", "app.customer.created");
			return "redirect:/app/clients/" + created.getId();
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(form, null, model);
	}

	@GetMapping("/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		Customer customer = this.customers.get(id);
		return showForm(CustomerForm.of(customer), customer, model);
	}

	@PostMapping("/{id}/modifier")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Customer customer = this.customers.get(id);
		checkSiren(form, result);
		if (!result.hasErrors()) {
			try {
				this.customers.update(id, (form.getVersion() != null) ? form.getVersion() : -1, form.details());
				redirect.addFlashAttribute("notice", "app.customer.updated");
				return "redirect:/app/clients/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("app.form.stale");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(form, customer, model);
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("customer", this.customers.get(id));
		return "app/customers/delete";
	}

	/**
	 * Deletes a prospect or customer with its contacts; one with appointments or invoices
	 * is kept, and the page says why.
	 */
	@PostMapping("/{id}/supprimer")
	String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Customer customer = this.customers.get(id);
		try {
			this.customers.delete(id);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("customer", customer);
			model.addAttribute("hasHistory", true);
			return "app/customers/delete";
		}
		redirect.addFlashAttribute("notice", "app.customer.deleted");
		return "redirect:/app/clients";
	}

	@PostMapping("/{id}/convertir")
	String convert(@PathVariable long id, RedirectAttributes redirect) {
		this.customers.convert(id);
		redirect.addFlashAttribute("notice", "app.customer.converted");
		return "redirect:/app/clients/" + id;
	}

	@GetMapping("/{id}/contacts/nouveau")
	String newContact(@PathVariable long id, Model model) {
		return showContactForm(new ContactForm(), this.customers.get(id), null, model);
	}

	@PostMapping("/{id}/contacts/nouveau")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Customer customer = this.customers.get(id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showContactForm(form, customer, null, model);
		}
		this.customers.addContact(id, form.details());
		redirect.addFlashAttribute("notice", "app.contact.created");
		return "redirect:/app/clients/" + id + "#contacts";
	}

	@GetMapping("/{id}/contacts/{contactId}/modifier")
	String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
		Contact contact = this.customers.contact(id, contactId);
		return showContactForm(ContactForm.of(contact), this.customers.get(id), contact, model);
	}

	@PostMapping("/{id}/contacts/{contactId}/modifier")
	String updateContact(@PathVariable long id, @PathVariable long contactId,
			@Valid @ModelAttribute("contact") ContactForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Contact contact = this.customers.contact(id, contactId);
		if (!result.hasErrors()) {
			try {
				this.customers.updateContact(id, contactId, (form.getVersion() != null) ? form.getVersion() : -1,
						form.details());
				redirect.addFlashAttribute("notice", "app.contact.updated");
				return "redirect:/app/clients/" + id + "#contacts";
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("app.form.stale");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showContactForm(form, this.customers.get(id), contact, model);
	}

	@GetMapping("/{id}/contacts/{contactId}/supprimer")
	String confirmDeleteContact(@PathVariable long id, @PathVariable long contactId, Model model) {
		model.addAttribute("contact", this.customers.contact(id, contactId));
		model.addAttribute("customer", this.customers.get(id));
		return "app/customers/contact-delete";
	}

	/** Deletes a contact; one that appointments name is kept, and the page says why. */
	@PostMapping("/{id}/contacts/{contactId}/supprimer")
	String deleteContact(@PathVariable long id, @PathVariable long contactId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Contact contact = this.customers.contact(id, contactId);
		try {
			this.customers.deleteContact(id, contactId);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("contact", contact);
			model.addAttribute("customer", this.customers.get(id));
			model.addAttribute("inUse", true);
			return "app/customers/contact-delete";
		}
		redirect.addFlashAttribute("notice", "app.contact.deleted");
		return "redirect:/app/clients/" + id + "#contacts";
	}

	private String showForm(CustomerForm form, Customer customer, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("customer", customer);
		model.addAttribute("types", CustomerType.values());
		return "app/customers/form";
	}

	private String showContactForm(ContactForm form, Customer customer, Contact contact, Model model) {
		model.addAttribute("contact", form);
		model.addAttribute("customer", customer);
		model.addAttribute("contactId", (contact != null) ? contact.getId() : null);
		return "app/customers/contact-form";
	}

	private static void checkSiren(CustomerForm form, BindingResult result) {
		if (!result.hasFieldErrors("siren") && !form.sirenChecksumHolds()) {
			result.rejectValue("siren", "app.customer.siren-checksum");
		}
	}

	/** The type named, or none (every type) for anything else. */
	static CustomerType typeOf(String type) {
		if (type == null) {
			return null;
		}
		return Arrays.stream(CustomerType.values())
			.filter((value) -> value.name().equals(type.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

}
