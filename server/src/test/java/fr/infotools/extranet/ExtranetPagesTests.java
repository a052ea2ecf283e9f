package fr.infotools.extranet;

import java.util.UUID;

import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.identity.Users;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The extranet's shell through the whole web stack: who gets in (reps only; a manager
 * sees the refusal page; nobody without a session), the home page, the profile and the
 * language, and failures answered by pages in HTML — another rep's record is a 404 page.
 */
@IntegrationTest
class ExtranetPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@Autowired
	Users users;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = ExtranetMvc.of(this.context);
	}

	@Test
	void withoutASessionEveryPageLeadsToTheLoginForm() throws Exception {
		this.mvc.perform(get("/app")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/app/clients/1")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/app/clients/nouveau").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		// the extranet's styles and scripts are public: the login and refusal pages use
		// them
		this.mvc.perform(get("/app/css/app.css")).andExpect(status().isOk());
		this.mvc.perform(get("/app/js/app.js")).andExpect(status().isOk());
	}

	@Test
	void aRepSeesTheirHomePage() throws Exception {
		this.mvc.perform(get("/app").with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Bonjour Jean Dupont")))
			.andExpect(content().string(containsString("Prochain rendez-vous")))
			.andExpect(content().string(containsString("id=\"appointments-this-month\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

	@Test
	void aManagerIsSentToTheDesktopApplicationWithAWayToLogOut() throws Exception {
		for (String path : new String[] { "/app", "/app/clients", "/app/profil" }) {
			this.mvc.perform(get(path).with(manager()))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/app/acces-refuse"));
		}
		this.mvc.perform(post("/app/profil/rappel").param("reminderMinutes", "15").with(manager()).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/app/acces-refuse"));
		this.mvc.perform(get("/app/acces-refuse").with(manager()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Espace réservé aux commerciaux")))
			.andExpect(content().string(containsString("application de bureau")))
			.andExpect(content().string(containsString("action=\"/logout\"")))
			.andExpect(content().string(not(containsString("id=\"app-menu\""))));
		this.mvc.perform(get("/app/acces-refuse").with(rep()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/app"));
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		this.mvc.perform(post("/app/profil/rappel").param("reminderMinutes", "15").with(rep()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(rep())).andExpect(status().isForbidden());
	}

	@Test
	void anotherRepsCustomerIsANotFoundPageNotJson() throws Exception {
		long theirs = customerOf(DemoAccounts.OTHER_REP);
		for (String path : new String[] { "/app/clients/" + theirs, "/app/clients/" + theirs + "/modifier",
				"/app/clients/" + theirs + "/achats", "/app/clients/" + theirs + "/supprimer",
				"/app/clients/" + theirs + "/contacts/nouveau", "/app/rendez-vous/nouveau?client=abc",
				"/app/clients/abc", "/app/rendez-vous/999999999", "/app/factures/999999999/pdf" }) {
			MvcResult result = this.mvc.perform(get(path).with(rep())).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).as(path).isIn(400, 404);
			assertThat(result.getResponse().getContentType()).as(path).startsWith("text/html");
			assertThat(result.getResponse().getContentAsString()).as(path)
				.contains(status == 404 ? "Page introuvable" : "Demande incorrecte")
				.contains("Jean Dupont");
		}
		this.mvc.perform(post("/app/clients/" + theirs + "/convertir").with(rep()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		assertThat(this.actors.as(DemoAccounts.OTHER_REP, () -> this.customers.get(theirs)).getOwnerId())
			.isEqualTo(this.actors.user(DemoAccounts.OTHER_REP).id());
	}

	@Test
	void malformedAddressesAreAnsweredByPagesNeverAFailure() throws Exception {
		this.mvc.perform(get("/app/rendez-vous").param("du", "hier").with(rep()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Demande incorrecte")));
		this.mvc.perform(get("/app/rendez-vous/contacts").with(rep()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Demande incorrecte")));
		this.mvc
			.perform(get("/app/clients").param("page", "-3")
				.param("size", "100000")
				.param("type", "PIRATE")
				.param("q", "%_\\'\"<script>")
				.with(rep()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/app/produits").param("page", "999999999").param("categorie", "x").with(rep()))
			.andExpect(status().isOk());
	}

	@Test
	void aRepChoosesTheReminderDelayOfTheMobileApplication() throws Exception {
		String rep = "khaddad";
		long id = this.actors.user(rep).id();
		int before = this.users.preferences(id).reminderMinutes();
		try {
			this.mvc.perform(post("/app/profil/rappel").param("reminderMinutes", "15").with(as(rep)).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/app/profil"))
				.andExpect(flash().attribute("notice", "app.profile.reminder-saved"));
			assertThat(this.users.preferences(id).reminderMinutes()).isEqualTo(15);
			this.mvc.perform(post("/app/profil/rappel").param("reminderMinutes", "45").with(as(rep)).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("reminderError", true));
			this.mvc.perform(post("/app/profil/rappel").with(as(rep)).with(csrf()))
				.andExpect(flash().attribute("reminderError", true));
			assertThat(this.users.preferences(id).reminderMinutes()).isEqualTo(15);
			this.mvc.perform(get("/app/profil").with(as(rep)).flashAttr("reminderError", true))
				.andExpect(content().string(containsString("id=\"reminder-error\"")))
				.andExpect(content().string(containsString("value=\"15\" checked")));
		}
		finally {
			this.users.changeReminderMinutes(id, before);
		}
	}

	@Test
	void aRepRenewsTheirCalendarLink() throws Exception {
		String rep = "epetit";
		long id = this.actors.user(rep).id();
		String before = this.users.preferences(id).calendarToken();
		this.mvc.perform(get("/app/profil").with(as(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/appointments/calendar.ics?token=" + before)));
		this.mvc.perform(post("/app/profil/calendrier").with(as(rep)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "app.profile.calendar-renewed"));
		assertThat(this.users.preferences(id).calendarToken()).isNotEqualTo(before);
	}

	@Test
	void theLanguageIsFrenchByDefaultAndTheProfileCanChooseEnglish() throws Exception {
		this.mvc.perform(get("/app").with(rep())).andExpect(content().string(containsString("lang=\"fr\"")));
		this.mvc.perform(get("/app").with(rep()).header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de"))
			.andExpect(content().string(containsString("Bonjour")));
		this.mvc.perform(get("/app").with(rep()).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en"))
			.andExpect(content().string(containsString("Hello Jean Dupont")));

		MvcResult chosen = this.mvc.perform(post("/app/profil/langue").param("language", "en").with(rep()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(cookie().value("infotools-lang", "en"))
			.andExpect(cookie().httpOnly("infotools-lang", true))
			.andReturn();
		Cookie english = chosen.getResponse().getCookie("infotools-lang");
		this.mvc.perform(get("/app").with(rep()).cookie(english).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr"))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Hello Jean Dupont")));
		// a cookie naming a language the extranet does not speak is ignored
		this.mvc.perform(get("/app").with(rep()).cookie(new Cookie("infotools-lang", "xx")))
			.andExpect(content().string(containsString("Bonjour")));
		this.mvc.perform(post("/app/profil/langue").param("language", "klingon").with(rep()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(cookie().doesNotExist("infotools-lang"));
		// the API still follows Accept-Language
		this.mvc.perform(get("/api/v1/public/products/999999999").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Not found")));
	}

	@Test
	void theCustomersFileBringsItsContactsAppointmentsAndInvoicesTogether() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Customer fresh = this.actors.as(DemoAccounts.REP,
				() -> this.customers.create(CustomerType.PROSPECT,
						new CustomerDetails("Fiche " + tag, "732829320", "fiche-" + tag + "@exemple.fr",
								"04 72 00 00 00", "3 place Bellecour", "69002", "Lyon", "FR", "Suivi <b>important</b>"),
						null));
		this.actors.run(DemoAccounts.REP, () -> this.customers.convert(fresh.getId()));
		this.mvc.perform(get("/app/clients/" + fresh.getId()).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fiche " + tag)))
			.andExpect(content().string(containsString("Suivi &lt;b&gt;important&lt;/b&gt;")))
			.andExpect(content().string(containsString("openstreetmap.org/search?query=3%20place%20Bellecour")))
			.andExpect(content().string(containsString("Aucun contact")))
			.andExpect(content().string(containsString("Aucune facture")))
			.andExpect(content().string(containsString("Client depuis")));
		long withInvoices = this.actors.as(DemoAccounts.REP,
				() -> this.customers
					.search(null, null, CustomerType.CUSTOMER, org.springframework.data.domain.PageRequest.of(0, 100))
					.stream()
					.filter((c) -> !c.getCompanyName().startsWith("Fiche"))
					.findFirst()
					.orElseThrow()
					.getId());
		this.mvc.perform(get("/app/clients/" + withInvoices).with(rep()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/app/clients/" + withInvoices + "/achats")));
	}

	private long customerOf(String owner) {
		return this.actors.as(owner,
				() -> this.customers.search(null, null, null, org.springframework.data.domain.PageRequest.of(0, 1))
					.getContent()
					.get(0)
					.getId());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor rep() {
		return as(DemoAccounts.REP);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor manager() {
		return as(DemoAccounts.MANAGER);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return ExtranetMvc.as(this.actors, username);
	}

}
