package fr.infotools.appointment.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.infotools.appointment.AgendaEntry;
import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.appointment.Appointments;
import fr.infotools.customer.Contact;
import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
 * A rep's appointments: a paged list over a period, a week, one appointment, booking,
 * changing and deleting (after confirmation). The appointment service applies the same
 * rules as for the API — no start in the past, no overlap, own customers only — and the
 * form shows what breaks them next to the field at fault, keeping what was typed.
 */
@Controller
@RequestMapping("/app/rendez-vous")
class AppointmentPages {

	static final int PAGE_SIZE = 20;

	/** The default span of the list, from today. */
	static final int DEFAULT_DAYS = 30;

	/** The most customers the form's list offers (by name). */
	static final int CUSTOMER_CHOICES = 500;

	/** The most appointments a week view shows. */
	static final int WEEK_LIMIT = 500;

	private final Appointments appointments;

	private final Customers customers;

	private final Clock clock;

	AppointmentPages(Appointments appointments, Customers customers, Clock clock) {
		this.appointments = appointments;
		this.customers = customers;
		this.clock = clock;
	}

	@InitBinder("form")
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * The appointments starting from {@code du} to {@code au} (both days included; by
	 * default the next 30 days), by start, a page at a time.
	 */
	@GetMapping
	String list(
			@RequestParam(name = "du", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "au", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		LocalDate first = (from != null) ? from : today();
		LocalDate last = (to != null) ? to : first.plusDays(DEFAULT_DAYS);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		try {
			Page<Appointment> found = this.appointments.search(start(first), start(last.plusDays(1)), null,
					PageRequest.of(pageNumber(page), PAGE_SIZE, Sort.by("startAt", "id")));
			model.addAttribute("page", found);
			model.addAttribute("entries", this.appointments.withParties(found.getContent()));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("periodError", "rule." + ex.getCode());
			model.addAttribute("periodErrorArgs", ex.getArgs());
		}
		return "app/appointments/list";
	}

	/** The week (Monday to Sunday) of the given day, today's by default. */
	@GetMapping("/semaine")
	String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate monday = ((date != null) ? date : today()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<AgendaEntry> entries = this.appointments
			.withParties(this.appointments.inPeriod(start(monday), start(monday.plusWeeks(1)), null, WEEK_LIMIT));
		Map<LocalDate, List<AgendaEntry>> days = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			days.put(monday.plusDays(i), new ArrayList<>());
		}
		entries.forEach((entry) -> days.computeIfPresent(entry.day(), (day, list) -> {
			list.add(entry);
			return list;
		}));
		model.addAttribute("monday", monday);
		model.addAttribute("days", days);
		model.addAttribute("today", today());
		return "app/appointments/week";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("entry", describe(this.appointments.get(id)));
		return "app/appointments/show";
	}

	/** An empty form, with a customer or a day already chosen when given. */
	@GetMapping("/nouveau")
	String newForm(@RequestParam(name = "client", required = false) Long customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		AppointmentForm form = new AppointmentForm();
		form.setCustomerId(customerId);
		form.setDate(date);
		return showForm(form, null, model);
	}

	@PostMapping("/nouveau")
	String create(@Valid @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Appointment booked = save(form, result, () -> this.appointments.book(null, form.details()));
		if (booked == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(form, null, model);
		}
		redirect.addFlashAttribute("notice", "app.appointment.created");
		return "redirect:/app/rendez-vous/" + booked.getId();
	}

	@GetMapping("/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		return showForm(AppointmentForm.of(this.appointments.get(id)), id, model);
	}

	@PostMapping("/{id}/modifier")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.appointments.get(id);
		// without the version read, the change cannot be checked against others: refused
		// as stale
		long version = (form.getVersion() != null) ? form.getVersion() : -1;
		Appointment changed = save(form, result,
				() -> this.appointments.update(id, version, form.details(), form.getStatus()));
		if (changed == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(form, id, model);
		}
		redirect.addFlashAttribute("notice", "app.appointment.updated");
		return "redirect:/app/rendez-vous/" + id;
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("entry", describe(this.appointments.get(id)));
		return "app/appointments/delete";
	}

	@PostMapping("/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.appointments.delete(id);
		redirect.addFlashAttribute("notice", "app.appointment.deleted");
		return "redirect:/app/rendez-vous";
	}

	/**
	 * The contacts of a customer as options of the form's list, for the script that
	 * refreshes it when another customer is chosen.
	 */
	@GetMapping("/contacts")
	String contactOptions(@RequestParam(name = "client") long customerId, Model model) {
		model.addAttribute("contacts", contactsOf(customerId));
		model.addAttribute("form", new AppointmentForm());
		return "app/appointments/form :: contactOptions";
	}

	private String showForm(AppointmentForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("appointmentId", id);
		List<Customer> choices = new ArrayList<>(this.customers
			.search(null, null, null, PageRequest.of(0, CUSTOMER_CHOICES, Sort.by("companyName", "id")))
			.getContent());
		if (form.getCustomerId() != null && choices.stream().noneMatch((c) -> c.getId().equals(form.getCustomerId()))) {
			try {
				choices.add(0, this.customers.get(form.getCustomerId()));
			}
			catch (NotFoundException ex) {
				// not the rep's: the list does not offer it
			}
		}
		model.addAttribute("customers", choices);
		model.addAttribute("contacts", (form.getCustomerId() != null) ? contactsOf(form.getCustomerId()) : List.of());
		model.addAttribute("statuses", AppointmentStatus.values());
		return "app/appointments/form";
	}

	/**
	 * Runs the change when the form is valid, and turns the rules it breaks into errors
	 * on the form's fields; null when nothing was saved.
	 */
	private Appointment save(AppointmentForm form, BindingResult result, Supplier<Appointment> change) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			return change.get();
		}
		catch (BusinessRuleException ex) {
			String field = fieldOf(ex.getCode());
			if (field != null) {
				result.rejectValue(field, "rule." + ex.getCode(), ex.getArgs(), null);
			}
			else {
				result.reject("rule." + ex.getCode(), ex.getArgs(), null);
			}
		}
		catch (ConflictException ex) {
			if ("appointment-overlap".equals(ex.getCode())) {
				result.rejectValue("startTime", "app.appointment.overlap", new Object[] {
						time(ex.getDetails().get("conflictingStart")), time(ex.getDetails().get("conflictingEnd")) },
						null);
			}
			else {
				result.reject("problem." + ex.getCode() + ".detail", ex.getArgs(), null);
			}
		}
		catch (NotFoundException ex) {
			boolean contact = "contact".equals(ex.getResource());
			result.rejectValue(contact ? "contactId" : "customerId",
					contact ? "app.appointment.contact-unknown" : "app.appointment.customer-unknown");
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("app.form.stale");
		}
		return null;
	}

	/** The field a broken rule is shown next to. */
	static String fieldOf(String rule) {
		return switch (rule) {
			case "appointment.in-past", "appointment.date-range" -> "date";
			case "appointment.end-before-start", "appointment.too-long" -> "endTime";
			case "appointment.status-change", "appointment.done-before-start", "appointment.new-status" -> "status";
			default -> null;
		};
	}

	private List<Contact> contactsOf(long customerId) {
		try {
			return this.customers.contacts(customerId);
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

	private AgendaEntry describe(Appointment appointment) {
		return this.appointments.withParties(List.of(appointment)).get(0);
	}

	private static String time(Object instant) {
		if (!(instant instanceof Instant at)) {
			return "?";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return LocalDateTime.ofInstant(at, AppointmentForm.PARIS)
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
	}

	private static int pageNumber(Integer page) {
		return (page != null && page > 0) ? Math.min(page, 100_000) : 0;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), AppointmentForm.PARIS);
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(AppointmentForm.PARIS).toInstant();
	}

}
