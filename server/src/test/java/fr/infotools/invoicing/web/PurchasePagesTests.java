package fr.infotools.invoicing.web;

import fr.infotools.extranet.ExtranetMvc;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A customer's purchase recap and invoices' PDFs, for their own rep only.
 */
@IntegrationTest
class PurchasePagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRecapListsTheInvoicesTheProductsAndTheTotalsPerYear() throws Exception {
		MockMvc mvc = ExtranetMvc.of(this.context);
		long rep = this.actors.user(DemoAccounts.REP).id();
		Invoice invoice = this.jdbc.sql("""
				SELECT i.id, i.customer_id, i.number FROM invoices i JOIN customers c ON c.id = i.customer_id
				WHERE c.owner_id = ? AND i.kind = 'INVOICE' AND i.status <> 'DRAFT' ORDER BY i.id LIMIT 1""")
			.param(rep)
			.query((rs, row) -> new Invoice(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.single();
		mvc.perform(
				get("/app/clients/" + invoice.customerId() + "/achats").with(ExtranetMvc.as(this.actors, "jdupont")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(invoice.number())))
			.andExpect(content().string(containsString("/app/factures/" + invoice.id() + "/pdf")))
			.andExpect(content().string(containsString("Total acheté HT")))
			.andExpect(content().string(containsString("id=\"years\"")))
			.andExpect(content().string(containsString("id=\"bought\"")))
			.andExpect(content().string(containsString("Récapitulatif édité le")));
		byte[] pdf = mvc
			.perform(get("/app/factures/" + invoice.id() + "/pdf").with(ExtranetMvc.as(this.actors, "jdupont")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString(invoice.number() + ".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		mvc.perform(get("/app/clients/" + invoice.customerId() + "/achats")
			.with(ExtranetMvc.as(this.actors, DemoAccounts.OTHER_REP)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		mvc.perform(
				get("/app/factures/" + invoice.id() + "/pdf").with(ExtranetMvc.as(this.actors, DemoAccounts.OTHER_REP)))
			.andExpect(status().isNotFound());
	}

	record Invoice(long id, long customerId, String number) {

	}

}
