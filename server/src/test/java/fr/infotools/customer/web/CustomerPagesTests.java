package fr.infotools.customer.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rep keeps their prospects and customers and their contacts: search by the beginning
 * of the name, a page at a time; forms with the API's rules; a record with history is
 * kept; another rep's record is a 404 page.
 */
@IntegrationTest
class CustomerPagesTests {

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

	String tag;

	@BeforeEach
	void setUp() {
		this.mvc = ExtranetMvc.of(this.context);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theListFindsCustomersByTheBeginningOfTheirNameAPageAtATime() throws Exception {
		Customer mine = create("Zéphyr " + this.tag);
		this.mvc.perform(get("/app/clients").param("q", "zéphyr " + this.tag).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getCompanyName())))
			.andExpect(content().string(containsString("1 prospect ou client")));
		this.mvc.perform(get("/app/clients").param("q", "Zéphyr " + this.tag).param("type", "customer").with(rep()))
			.andExpect(content().string(containsString("Aucun résultat")));
		this.mvc.perform(get("/app/clients").param("q", "Zéphyr " + this.tag).with(as(DemoAccounts.OTHER_REP)))
			.andExpect(content().string(containsString("Aucun résultat")))
			.andExpect(content().string(not(containsString("/app/clients/" + mine.getId() + "\""))));
		MvcResult first = this.mvc.perform(get("/app/clients").param("size", "5").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 sur")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andReturn();
		MvcResult second = this.mvc.perform(get("/app/clients").param("size", "5").param("page", "1").with(rep()))
			.andExpect(content().string(containsString("Page 2 sur")))
			.andExpect(content().string(containsString("rel=\"prev\"")))
			.andReturn();
		assertThat(first.getResponse().getContentAsString()).isNotEqualTo(second.getResponse().getContentAsString());
	}

	@Test
	void aRepCreatesAProspectAfterCorrectingTheForm() throws Exception {
		this.mvc
			.perform(post("/app/clients/nouveau").with(rep())
				.with(csrf())
				.param("companyName", "  ")
				.param("siren", "123456789")
				.param("email", "pas-un-mail")
				.param("phone", "12")
				.param("postalCode", "6900")
				.param("country", "france")
				.param("city", "Lyon <b>"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					model().attributeHasFieldErrors("form", "companyName", "email", "phone", "postalCode", "country"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siren", "app.customer.siren-checksum"))
			.andExpect(content().string(containsString("value=\"Lyon &lt;b&gt;\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc.perform(
				post("/app/clients/nouveau").with(rep()).with(csrf()).param("companyName", "X").param("siren", "12"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siren", "Pattern"));

		MvcResult created = this.mvc
			.perform(post("/app/clients/nouveau").with(rep())
				.with(csrf())
				.param("type", "PROSPECT")
				.param("companyName", "Nouveau " + this.tag)
				.param("siren", "732829320")
				.param("email", "contact@nouveau.example")
				.param("phone", "04 72 10 20 30")
				.param("addressLine", "")
				.param("postalCode", "69002")
				.param("city", "Lyon")
				.param("country", "FR"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "app.customer.created"))
			.andReturn();
		long id = idIn(created.getResponse().getRedirectedUrl());
		Customer customer = mine(id);
		assertThat(customer.getOwnerId()).isEqualTo(this.actors.user(DemoAccounts.REP).id());
		assertThat(customer.getAddressLine()).isNull();
		assertThat(customer.getType()).isEqualTo(CustomerType.PROSPECT);
		this.mvc.perform(get("/app/clients/nouveau").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"type\"")));
	}

	@Test
	void aRepChangesConvertsAndDeletesAProspect() throws Exception {
		Customer prospect = create("Cycle " + this.tag);
		this.mvc.perform(get("/app/clients/" + prospect.getId() + "/modifier").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Cycle " + this.tag + "\"")))
			.andExpect(content().string(not(containsString("name=\"type\""))));
		this.mvc
			.perform(post("/app/clients/" + prospect.getId() + "/modifier").with(rep())
				.with(csrf())
				.param("companyName", "Cycle renommé " + this.tag)
				.param("city", "Annecy")
				.param("version", String.valueOf(prospect.getVersion())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/app/clients/" + prospect.getId()));
		assertThat(mine(prospect.getId()).getCity()).isEqualTo("Annecy");
		this.mvc
			.perform(post("/app/clients/" + prospect.getId() + "/modifier").with(rep())
				.with(csrf())
				.param("companyName", "Périmé")
				.param("version", String.valueOf(prospect.getVersion())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("modifié par quelqu")));
		this.mvc
			.perform(post("/app/clients/" + prospect.getId() + "/modifier").with(rep())
				.with(csrf())
				.param("companyName", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", "companyName"));

		this.mvc.perform(post("/app/clients/" + prospect.getId() + "/convertir").with(rep()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "app.customer.converted"));
		assertThat(mine(prospect.getId()).getType()).isEqualTo(CustomerType.CUSTOMER);

		this.mvc.perform(get("/app/clients/" + prospect.getId() + "/supprimer").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oui, supprimer")));
		this.mvc.perform(post("/app/clients/" + prospect.getId() + "/supprimer").with(rep()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/app/clients"));
		assertThatThrownBy(() -> mine(prospect.getId())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aCustomerWithHistoryIsKeptAndThePageSaysWhy() throws Exception {
		Customer customer = create("Historique " + this.tag);
		Contact contact = this.actors.as(DemoAccounts.REP, () -> this.customers.addContact(customer.getId(),
				new ContactDetails("Paul", "Cité", null, null, null)));
		// at 6:00, an hour no other test books, on a day far ahead
		Instant start = java.time.LocalDate.now(PARIS)
			.plusYears(2)
			.plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(700))
			.atTime(6, 0)
			.atZone(PARIS)
			.toInstant();
		this.actors.run(DemoAccounts.REP, () -> this.appointments.book(null, new AppointmentDetails(customer.getId(),
				contact.getId(), start, start.plusSeconds(600), null, "Historique", null)));
		this.mvc.perform(post("/app/clients/" + customer.getId() + "/supprimer").with(rep()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("doivent être conservés")));
		this.mvc
			.perform(
					post("/app/clients/" + customer.getId() + "/contacts/" + contact.getId() + "/supprimer").with(rep())
						.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Des rendez-vous citent ce contact")));
		assertThat(mine(customer.getId())).isNotNull();
	}

	@Test
	void aRepKeepsTheContactsOfTheirCustomer() throws Exception {
		Customer customer = create("Contacts " + this.tag);
		String base = "/app/clients/" + customer.getId() + "/contacts";
		this.mvc.perform(get(base + "/nouveau").with(rep())).andExpect(status().isOk());
		this.mvc
			.perform(post(base + "/nouveau").with(rep()).with(csrf()).param("firstName", "Lea").param("phone", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("contact", "lastName", "phone"))
			.andExpect(content().string(containsString("value=\"Lea\"")));
		this.mvc
			.perform(post(base + "/nouveau").with(rep())
				.with(csrf())
				.param("firstName", "Lea")
				.param("lastName", "Durand")
				.param("jobTitle", "DSI")
				.param("email", "lea@exemple.fr")
				.param("phone", "06 12 34 56 78"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/app/clients/" + customer.getId() + "#contacts"));
		Contact contact = this.actors.as(DemoAccounts.REP, () -> this.customers.contacts(customer.getId()).get(0));
		assertThat(contact.getJobTitle()).isEqualTo("DSI");

		this.mvc.perform(get(base + "/" + contact.getId() + "/modifier").with(rep()))
			.andExpect(content().string(containsString("value=\"Durand\"")));
		this.mvc
			.perform(post(base + "/" + contact.getId() + "/modifier").with(rep())
				.with(csrf())
				.param("firstName", "Lea")
				.param("lastName", "Durand-Petit")
				.param("version", String.valueOf(contact.getVersion())))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(base + "/" + contact.getId() + "/modifier").with(rep())
				.with(csrf())
				.param("firstName", "Lea")
				.param("lastName", "Vieille")
				.param("version", String.valueOf(contact.getVersion())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("modifié par quelqu")));
		this.mvc
			.perform(post(base + "/" + contact.getId() + "/modifier").with(rep()).with(csrf()).param("firstName", ""))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/app/clients/" + customer.getId()).with(rep()))
			.andExpect(content().string(containsString("Lea Durand-Petit")));

		this.mvc.perform(get(base + "/" + contact.getId() + "/supprimer").with(rep()))
			.andExpect(content().string(containsString("Oui, supprimer")));
		this.mvc.perform(post(base + "/" + contact.getId() + "/supprimer").with(rep()).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.actors.as(DemoAccounts.REP, () -> this.customers.contacts(customer.getId()))).isEmpty();
	}

	@Test
	void anotherRepsRecordsAreNotFound() throws Exception {
		Customer mine = create("Privé " + this.tag);
		Contact contact = this.actors.as(DemoAccounts.REP,
				() -> this.customers.addContact(mine.getId(), new ContactDetails("Jo", "Secret", null, null, null)));
		RequestPostProcessor other = as(DemoAccounts.OTHER_REP);
		for (String path : new String[] { "/app/clients/" + mine.getId() + "/modifier",
				"/app/clients/" + mine.getId() + "/supprimer", "/app/clients/" + mine.getId() + "/contacts/nouveau",
				"/app/clients/" + mine.getId() + "/contacts/" + contact.getId() + "/modifier",
				"/app/clients/" + mine.getId() + "/contacts/" + contact.getId() + "/supprimer" }) {
			this.mvc.perform(get(path).with(other))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Page introuvable")))
				.andExpect(content().string(not(containsString("Secret"))));
		}
		this.mvc
			.perform(post("/app/clients/" + mine.getId() + "/modifier").with(other)
				.with(csrf())
				.param("companyName", "Volé"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/app/clients/" + mine.getId() + "/supprimer").with(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/app/clients/" + mine.getId() + "/contacts/nouveau").with(other)
				.with(csrf())
				.param("firstName", "A")
				.param("lastName", "B"))
			.andExpect(status().isNotFound());
		assertThat(mine(mine.getId()).getCompanyName()).isEqualTo("Privé " + this.tag);
	}

	@Test
	void typesAreReadLeniently() {
		assertThat(CustomerPages.typeOf(" customer ")).isEqualTo(CustomerType.CUSTOMER);
		assertThat(CustomerPages.typeOf("")).isNull();
		assertThat(CustomerPages.typeOf(null)).isNull();
		CustomerForm form = new CustomerForm();
		form.setSiren("732829320");
		assertThat(form.sirenChecksumHolds()).isTrue();
		form.setSiren("732829321");
		assertThat(form.sirenChecksumHolds()).isFalse();
		form.setSiren(null);
		assertThat(form.sirenChecksumHolds()).isTrue();
		form.setCountry(null);
		assertThat(form.details().country()).isEqualTo("FR");
	}

	private Customer create(String name) {
		return this.actors.as(DemoAccounts.REP, () -> this.customers.create(CustomerType.PROSPECT,
				new CustomerDetails(name, null, null, null, null, null, "Lyon", "FR", null), null));
	}

	private Customer mine(long id) {
		return this.actors.as(DemoAccounts.REP, () -> this.customers.get(id));
	}

	private RequestPostProcessor rep() {
		return as(DemoAccounts.REP);
	}

	private RequestPostProcessor as(String username) {
		return ExtranetMvc.as(this.actors, username);
	}

	private static long idIn(String url) {
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	static PageRequest first() {
		return PageRequest.of(0, 1);
	}

}
