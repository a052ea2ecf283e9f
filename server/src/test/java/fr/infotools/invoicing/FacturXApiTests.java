package fr.infotools.invoicing;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice PDFs the API serves are Factur-X documents: an invoice that was partly paid
 * and a credit note of the demo data, downloaded over HTTP, pass Mustang's validator, and
 * the totals of their XML are those the API gives for them.
 */
@IntegrationTest
class FacturXApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servedInvoicesAndCreditNotesAreValidFacturXWithTheInvoicesTotals() throws Exception {
		Api api = new Api(this.port);
		String manager = api.login(DemoAccounts.MANAGER).access();
		long invoiceId = this.jdbc.sql(
				"SELECT MIN(id) FROM invoices WHERE kind = 'INVOICE' AND status = 'PARTIALLY_PAID' AND amount_credited = 0")
			.query(Long.class)
			.single();
		long creditNoteId = this.jdbc.sql("SELECT MIN(id) FROM invoices WHERE kind = 'CREDIT_NOTE'")
			.query(Long.class)
			.single();
		for (long id : new long[] { invoiceId, creditNoteId }) {
			JsonNode invoice = api.get("/api/v1/invoices/" + id, manager).json();
			byte[] pdf = PdfText.download(this.port, "/api/v1/invoices/" + id + "/pdf", manager);
			String name = invoice.get("number").asString() + ".pdf";
			FacturXTests.save(name, pdf);
			assertThat(FacturXTests.assertValid(pdf, name)).doesNotContain("<error");

			FacturXTests.Cii xml = FacturXTests.Cii.of(pdf);
			assertThat(xml.text("//rsm:ExchangedDocument/ram:ID")).isEqualTo(invoice.get("number").asString());
			assertThat(xml.amount("TaxBasisTotalAmount")).isEqualByComparingTo(amount(invoice, "totalExclVat"));
			assertThat(xml.amount("TaxTotalAmount")).isEqualByComparingTo(amount(invoice, "totalVat"));
			assertThat(xml.amount("GrandTotalAmount")).isEqualByComparingTo(amount(invoice, "totalInclVat"));
			if (id == invoiceId) {
				assertThat(xml.amount("TotalPrepaidAmount")).isEqualByComparingTo(amount(invoice, "amountPaid"))
					.isPositive();
				assertThat(xml.amount("DuePayableAmount")).isEqualByComparingTo(amount(invoice, "amountDue"));
			}
			else {
				assertThat(xml.text("//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("381");
			}
		}
	}

	private static BigDecimal amount(JsonNode invoice, String field) {
		assertThat(invoice.has(field)).as(field).isTrue();
		return invoice.get(field).decimalValue();
	}

}
