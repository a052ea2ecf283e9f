package fr.infotools.appointment.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.Appointments;
import fr.infotools.customer.Contact;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.extranet.ExtranetMvc;
import fr.infotools.shared.NotFoundException;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The appointment pages apply the API's rules — no start in the past, no overlap, the
 * rep's own customers and contacts, versions — and show what breaks them next to the
 * field at fault, keeping what was typed; a rep only ever reaches their own appointments.
 */
@IntegrationTest
class AppointmentPagesTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	WebApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@Autowired
	Appointments appointments;

	MockMvc mvc;

	Customer customer;

	Contact contact;

	@BeforeEach
	void setUp() {
		this.mvc = ExtranetMvc.of(this.context);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.customer = this.actors.as(DemoAccounts.REP, () -> this.customers.create(CustomerType.PROSPECT,
				new CustomerDetails("RDV " + tag, null, null, null, null, null, "Lyon", "FR", null), null));
		this.contact = this.actors.as(DemoAccounts.REP, () -> this.customers.addContact(this.customer.getId(),
				new ContactDetails("Alice", "Martin " + tag, "Acheteuse", null, null)));
	}

	@Test
	void aRepBooksChangesAndDeletesAnAppointment() throws Exception {
		LocalDate day = farDay();
		MvcResult created = this.mvc
			.perform(form(post("/app/rendez-vous/nouveau"), day, "10:00", "11:00", "Présentation <script>x</script>")
				.param("contactId", String.valueOf(this.contact.getId())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "app.appointment.created"))
			.andReturn();
		long id = idIn(created.getResponse().getRedirectedUrl());
		Appointment booked = mine(id);
		assertThat(booked.getStartAt()).isEqualTo(day.atTime(10, 0).atZone(PARIS).toInstant());
		assertThat(booked.getContactId()).isEqualTo(this.contact.getId());
		assertThat(booked.getPlace()).isNull();

		this.mvc.perform(get("/app/rendez-vous/" + id).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Présentation &lt;script&gt;x&lt;/script&gt;")))
			.andExpect(content().string(containsString(this.customer.getCompanyName())))
			.andExpect(content().string(containsString("Alice Martin")));
		this.mvc.perform(get("/app/rendez-vous/" + id + "/modifier").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"10:00\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + booked.getVersion() + "\"")));

		this.mvc
			.perform(form(post("/app/rendez-vous/" + id + "/modifier"), day, "14:00", "15:30", "Démonstration")
				.param("version", String.valueOf(booked.getVersion()))
				.param("status", "CANCELLED")
				.param("place", "  Visioconférence  "))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "app.appointment.updated"));
		Appointment changed = mine(id);
		assertThat(changed.getSubject()).isEqualTo("Démonstration");
		assertThat(changed.getPlace()).isEqualTo("Visioconférence");
		assertThat(changed.getStatus().name()).isEqualTo("CANCELLED");

		this.mvc.perform(get("/app/rendez-vous/" + id + "/supprimer").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oui, supprimer")));
		this.mvc.perform(post("/app/rendez-vous/" + id + "/supprimer").with(rep()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "app.appointment.deleted"));
		assertThatThrownBy(() -> mine(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theFormShowsEachBrokenRuleNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		LocalDate yesterday = LocalDate.now(PARIS).minusDays(1);
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), yesterday, "10:00", "11:00", "Dans le passe"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "rule.appointment.in-past"))
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content().string(containsString("ne peut pas commencer dans le passé")))
			.andExpect(content().string(containsString("value=\"Dans le passe\"")))
			.andExpect(content().string(containsString("class=\"error-summary\"")));

		LocalDate day = farDay();
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), day, "11:00", "10:00", "À l'envers"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "endTime", "rule.appointment.end-before-start"));
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), day.plusYears(3), "10:00", "11:00", "Trop loin"))
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "rule.appointment.date-range"));
		this.mvc
			.perform(post("/app/rendez-vous/nouveau").with(rep())
				.with(csrf())
				.param("customerId", "")
				.param("date", "pas une date")
				.param("startTime", "25:99")
				.param("subject", "   "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", "customerId", "date", "startTime", "endTime", "subject"))
			.andExpect(content().string(containsString("value=\"pas une date\"")));
	}

	@Test
	void anOverlapNamesTheOtherAppointment() throws Exception {
		LocalDate day = farDay();
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), day, "09:00", "10:00", "Premier"))
			.andExpect(status().isFound());
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), day, "09:30", "10:30", "Second"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "startTime", "app.appointment.overlap"))
			.andExpect(content().string(containsString("chevauche")))
			.andExpect(content().string(containsString("09:00")));
	}

	@Test
	void onlyTheRepsOwnCustomersAndTheirContactsCanBeChosen() throws Exception {
		long theirs = this.actors.as(DemoAccounts.OTHER_REP,
				() -> this.customers.search(null, null, null, PageRequest.of(0, 1)).getContent().get(0).getId());
		LocalDate day = farDay();
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), theirs, day, "10:00", "11:00", "Chez un autre"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "customerId", "app.appointment.customer-unknown"));
		long otherContact = this.actors.as(DemoAccounts.OTHER_REP,
				() -> this.customers.addContact(theirs, new ContactDetails("Bob", "Ailleurs", null, null, null))
					.getId());
		this.mvc
			.perform(form(post("/app/rendez-vous/nouveau"), day, "10:00", "11:00", "Mauvais contact").param("contactId",
					String.valueOf(otherContact)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "contactId", "app.appointment.contact-unknown"));
		// the form never offers another rep's customer, even when asked to
		this.mvc.perform(get("/app/rendez-vous/nouveau").param("client", String.valueOf(theirs)).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + theirs + "\" selected"))));
		this.mvc.perform(get("/app/rendez-vous/contacts").param("client", String.valueOf(theirs)).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ailleurs"))));
		this.mvc
			.perform(
					get("/app/rendez-vous/contacts").param("client", String.valueOf(this.customer.getId())).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + this.contact.getId() + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void anotherRepsAppointmentIsNotFound() throws Exception {
		long theirs = this.actors.as(DemoAccounts.OTHER_REP, () -> this.appointments.upcoming(1).get(0).id());
		for (String path : List.of("/app/rendez-vous/" + theirs, "/app/rendez-vous/" + theirs + "/modifier",
				"/app/rendez-vous/" + theirs + "/supprimer")) {
			this.mvc.perform(get(path).with(rep()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Page introuvable")));
		}
		this.mvc.perform(post("/app/rendez-vous/" + theirs + "/supprimer").with(rep()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(form(post("/app/rendez-vous/" + theirs + "/modifier"), farDay(), "10:00", "11:00", "Vol"))
			.andExpect(status().isNotFound());
		assertThat(this.actors.as(DemoAccounts.OTHER_REP, () -> this.appointments.get(theirs))).isNotNull();
	}

	@Test
	void aChangeFromAStaleCopyOrAnImpossibleStatusIsRefused() throws Exception {
		LocalDate day = farDay();
		long id = idIn(this.mvc.perform(form(post("/app/rendez-vous/nouveau"), day, "16:00", "17:00", "Versionné"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		long version = mine(id).getVersion();
		this.mvc
			.perform(form(post("/app/rendez-vous/" + id + "/modifier"), day, "16:00", "17:00", "Vieux").param("version",
					String.valueOf(version + 5)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("modifié par quelqu")));
		this.mvc.perform(form(post("/app/rendez-vous/" + id + "/modifier"), day, "16:00", "17:00", "Sans version"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(form(post("/app/rendez-vous/" + id + "/modifier"), day, "16:00", "17:00", "Effectué")
				.param("version", String.valueOf(version))
				.param("status", "DONE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "status", "rule.appointment.done-before-start"));
		assertThat(mine(id).getSubject()).isEqualTo("Versionné");
	}

	@Test
	void theListAndTheWeekShowTheRepsAppointments() throws Exception {
		LocalDate day = farDay();
		this.mvc.perform(form(post("/app/rendez-vous/nouveau"), day, "08:00", "08:45", "Visible dans la liste"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/app/rendez-vous").param("du", day.toString()).param("au", day.toString()).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visible dans la liste")))
			.andExpect(content().string(containsString("08:00–08:45")));
		this.mvc.perform(get("/app/rendez-vous").with(rep())).andExpect(status().isOk());
		this.mvc
			.perform(get("/app/rendez-vous").param("du", day.toString())
				.param("au", day.minusDays(3).toString())
				.with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"au-error\"")));
		this.mvc
			.perform(get("/app/rendez-vous").param("du", day.toString())
				.param("au", day.plusYears(2).toString())
				.param("page", "-1")
				.with(rep()))
			.andExpect(content().string(containsString("370 jours")));
		this.mvc.perform(get("/app/rendez-vous/semaine").param("date", day.toString()).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visible dans la liste")))
			.andExpect(content().string(containsString(
					"Semaine du " + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).getDayOfMonth())));
		this.mvc.perform(get("/app/rendez-vous/semaine").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aujourd&#39;hui")));
		this.mvc
			.perform(get("/app/rendez-vous/nouveau").param("client", String.valueOf(this.customer.getId()))
				.param("date", day.toString())
				.with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.customer.getId() + "\" selected")))
			.andExpect(content().string(containsString("value=\"" + day + "\"")));
	}

	@Test
	void fieldsAreMappedToTheRuleTheyBreak() {
		assertThat(AppointmentPages.fieldOf("appointment.in-past")).isEqualTo("date");
		assertThat(AppointmentPages.fieldOf("appointment.too-long")).isEqualTo("endTime");
		assertThat(AppointmentPages.fieldOf("appointment.status-change")).isEqualTo("status");
		assertThat(AppointmentPages.fieldOf("appointment.limit")).isNull();
		java.time.Instant start = farDay().atTime(LocalTime.of(7, 0)).atZone(PARIS).toInstant();
		Appointment sample = this.actors.as(DemoAccounts.REP,
				() -> this.appointments.book(null, new AppointmentDetails(this.customer.getId(), null, start,
						start.plusSeconds(1800), null, "Formulaire", null)));
		AppointmentForm form = AppointmentForm.of(sample);
		assertThat(form.getStartTime()).isEqualTo(LocalTime.of(7, 0));
		assertThat(form.getEndTime()).isEqualTo(LocalTime.of(7, 30));
		assertThat(form.getStatus().name()).isEqualTo("PLANNED");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, LocalDate day, String start,
			String end, String subject) {
		return form(request, this.customer.getId(), day, start, end, subject);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long customerId, LocalDate day,
			String start, String end, String subject) {
		return request.with(rep())
			.with(csrf())
			.param("customerId", String.valueOf(customerId))
			.param("date", day.toString())
			.param("startTime", start)
			.param("endTime", end)
			.param("subject", subject);
	}

	private Appointment mine(long id) {
		return this.actors.as(DemoAccounts.REP, () -> this.appointments.get(id));
	}

	private RequestPostProcessor rep() {
		return ExtranetMvc.as(this.actors, DemoAccounts.REP);
	}

	/** A day far ahead, of this test's own, so that its appointments meet nobody's. */
	static LocalDate farDay() {
		return LocalDate.now(PARIS).plusYears(2).plusDays(ThreadLocalRandom.current().nextInt(700));
	}

	private static long idIn(String url) {
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

}
