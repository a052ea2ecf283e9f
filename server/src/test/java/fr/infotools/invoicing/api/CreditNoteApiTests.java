package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.invoicing.PdfText;
import fr.infotools.shared.VatRate;
import fr.infotools.stock.Stock;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credit notes over real HTTP: partial ones that take earlier ones into account line by
 * line, the full remainder, every refusal, the stock put back, the PDF.
 */
@IntegrationTest
class CreditNoteApiTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Actors actors;

	@Autowired
	Catalog catalog;

	@Autowired
	Stock stock;

	@Autowired
	Customers customers;

	@Autowired
	Invoicing invoicing;

	Api api;

	String rep;

	String manager;

	InvoiceFixtures fixtures;

	Product cable;

	Product book;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		this.fixtures = new InvoiceFixtures(this.actors, this.catalog, this.stock, this.customers, this.invoicing);
		this.cable = this.fixtures.product("Câble RJ45", "0.99", "0.40", VatRate.STANDARD, true, 10);
		this.book = this.fixtures.product("Manuel", "39.00", "12.00", VatRate.REDUCED, false, 0);
	}

	/**
	 * Line 1: 3 cables at 0.99 less 12.5 % = 2.59875 → 2.60 (20 %); line 2: 2 manuals at
	 * 39.00 = 78.00 (5.5 %). VAT 0.52 + 4.29 = 4.81; total 80.60 + 4.81 = 85.41.
	 */
	private long issuedInvoice(Customer customer, LocalDate issueDate) {
		long id = this.actors.as(DemoAccounts.MANAGER, () -> {
			long draft = this.invoicing.createDraft(customer.getId(), 30).getId();
			this.invoicing.addLine(draft, this.cable.getId(), 3, new BigDecimal("12.5"));
			this.invoicing.addLine(draft, this.book.getId(), 2, null);
			this.invoicing.issue(draft, issueDate);
			return draft;
		});
		assertThat(this.api.get("/api/v1/invoices/" + id, this.rep).json().get("totalInclVat").decimalValue())
			.isEqualByComparingTo("85.41");
		return id;
	}

	@Test
	void partialCreditNotesCountLineByLineAndTheLastOneCreditsWhatIsLeft() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		long id = issuedInvoice(customer, today().minusDays(5));
		String invoiceNumber = this.api.get("/api/v1/invoices/" + id, this.rep).json().get("number").asString();
		String path = "/api/v1/invoices/" + id + "/credit-note";
		assertThat(this.fixtures.level(this.cable)).isEqualTo(7);

		Response first = this.api.post(path, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2))), this.rep);
		assertThat(first.status()).isEqualTo(201);
		JsonNode note = first.json();
		long noteId = note.get("id").asLong();
		assertThat(first.header("Location")).endsWith("/api/v1/invoices/" + noteId);
		assertThat(note.get("kind").asString()).isEqualTo("CREDIT_NOTE");
		String noteNumber = note.get("number").asString();
		assertThat(noteNumber).matches("AV-" + today().getYear() + "-\\d{5}");
		assertThat(note.get("status").asString()).isEqualTo("ISSUED");
		assertThat(note.get("issueDate").asString()).isEqualTo(today().toString());
		assertThat(note.get("creditedInvoice").get("id").asLong()).isEqualTo(id);
		assertThat(note.get("creditedInvoice").get("number").asString()).isEqualTo(invoiceNumber);
		assertThat(note.get("lines")).hasSize(1);
		assertThat(note.get("lines").get(0).get("lineNo").asInt()).isEqualTo(1);
		assertThat(note.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		// 2 × 0.99 less 12.5 % = 1.7325 → 1.73; VAT 0.346 → 0.35; 2.08
		assertAmount(note.get("lines").get(0), "netAmount", "1.73");
		assertAmount(note, "totalInclVat", "2.08");
		assertAmount(note, "amountDue", "0.00");
		assertThat(this.fixtures.level(this.cable)).isEqualTo(9);
		assertThat(count(
				"SELECT COUNT(*) FROM stock_movements WHERE reference = ? AND quantity = 2 " + "AND reason = 'RETURN'",
				noteNumber))
			.isOne();

		JsonNode invoice = this.api.get("/api/v1/invoices/" + id, this.rep).json();
		assertThat(invoice.get("status").asString()).isEqualTo("ISSUED");
		assertAmount(invoice, "amountCredited", "2.08");
		assertAmount(invoice, "amountDue", "83.33");
		assertThat(invoice.get("lines").get(0).get("creditedQuantity").asInt()).isEqualTo(2);
		assertThat(invoice.get("lines").get(1).get("creditedQuantity").asInt()).isZero();
		assertThat(invoice.get("creditNotes")).hasSize(1);
		assertThat(invoice.get("creditNotes").get(0).get("number").asString()).isEqualTo(noteNumber);

		Response beyond = this.api.post(path, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2))), this.rep);
		assertThat(beyond.status()).isEqualTo(422);
		assertThat(beyond.json().get("rule").asString()).isEqualTo("invoice.credit-remaining");
		assertThat(beyond.errorFields()).containsExactly("lines");
		assertThat(beyond.json().get("detail").asString()).contains("Ligne 1").contains("1 à créditer");

		// everything left: the last cable credits the rest of its line, 2.60 − 1.73 =
		// 0.87,
		// and 2 manuals 78.00; VAT 0.174 → 0.17 and 4.29: 83.33, exactly what was still
		// due
		Response rest = this.api.post(path, Map.of(), this.rep);
		assertThat(rest.status()).isEqualTo(201);
		JsonNode last = rest.json();
		assertThat(last.get("lines")).hasSize(2);
		assertThat(last.get("lines").get(0).get("quantity").asInt()).isOne();
		assertAmount(last.get("lines").get(0), "netAmount", "0.87");
		assertThat(last.get("lines").get(1).get("quantity").asInt()).isEqualTo(2);
		assertAmount(last, "totalInclVat", "83.33");
		JsonNode cancelled = this.api.get("/api/v1/invoices/" + id, this.rep).json();
		assertThat(cancelled.get("status").asString()).isEqualTo("CREDITED");
		assertAmount(cancelled, "amountDue", "0.00");
		assertAmount(cancelled, "amountCredited", "85.41");
		assertThat(cancelled.get("creditNotes")).hasSize(2);
		assertThat(this.fixtures.level(this.cable)).isEqualTo(10);

		Response again = this.api.post(path, Map.of(), this.rep);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("invoice-not-creditable");
		Response payment = this.api.post("/api/v1/invoices/" + id + "/payments",
				Map.of("amount", 1, "paidOn", today().toString(), "method", "CARD"), this.rep);
		assertThat(payment.status()).isEqualTo(409);
		assertThat(payment.json().get("code").asString()).isEqualTo("invoice-settled");
		Response ofNote = this.api.post("/api/v1/invoices/" + noteId + "/credit-note", Map.of(), this.rep);
		assertThat(ofNote.status()).isEqualTo(409);
		assertThat(ofNote.json().get("code").asString()).isEqualTo("invoice-not-creditable");
		Response notePayment = this.api.post("/api/v1/invoices/" + noteId + "/payments",
				Map.of("amount", 1, "paidOn", today().toString(), "method", "CARD"), this.rep);
		assertThat(notePayment.json().get("code").asString()).isEqualTo("invoice-not-payable");
		assertThat(this.api.delete("/api/v1/invoices/" + noteId, this.rep).json().get("code").asString())
			.isEqualTo("invoice-issued");
	}

	@Test
	void everyInvalidCreditNoteIsRefusedAndNothingChanges() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		long id = issuedInvoice(customer, today().minusDays(5));
		String path = "/api/v1/invoices/" + id + "/credit-note";
		long notes = count("SELECT COUNT(*) FROM invoices WHERE kind = 'CREDIT_NOTE'");
		int level = this.fixtures.level(this.cable);

		assertRule(this.api.post(path, Map.of("lines", List.of(Map.of("lineNo", 9, "quantity", 1))), this.rep),
				"invoice.no-such-line", "lines");
		assertRule(this.api.post(path, Map.of("lines", List.of(Map.of("lineNo", 2, "quantity", 3))), this.rep),
				"invoice.credit-remaining", "lines");
		assertRule(this.api.post(path,
				Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1), Map.of("lineNo", 1, "quantity", 1))),
				this.rep), "invoice.credit-duplicate-line", "lines");
		assertRule(this.api.post(path, Map.of("date", today().plusDays(1).toString()), this.rep), "invoice.credit-date",
				"date");
		assertRule(this.api.post(path, Map.of("date", today().minusDays(6).toString()), this.rep),
				"invoice.credit-date", "date");
		Response zero = this.api.post(path, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 0))), this.rep);
		assertThat(zero.status()).isEqualTo(422);
		assertThat(zero.errorFields()).containsExactly("lines[0].quantity");
		assertThat(this.api.post(path, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1.5))), this.rep)
			.errorFields()).containsExactly("lines[0].quantity");
		Map<String, Object> missing = new HashMap<>();
		missing.put("lineNo", 1);
		assertThat(this.api.post(path, Map.of("lines", List.of(missing)), this.rep).errorFields())
			.containsExactly("lines[0].quantity");
		assertThat(
				this.api.post(path, "{\"lines\": [{\"lineNo\": 1, \"quantity\": 1, \"price\": 0}]}", this.rep).status())
			.isEqualTo(400);
		assertThat(this.api.post(path, Map.of("date", "demain"), this.rep).status()).isEqualTo(400);

		long draft = this.fixtures.draft(customer, this.book).getId();
		Response ofDraft = this.api.post("/api/v1/invoices/" + draft + "/credit-note", Map.of(), this.rep);
		assertThat(ofDraft.status()).isEqualTo(409);
		assertThat(ofDraft.json().get("code").asString()).isEqualTo("invoice-not-creditable");
		assertThat(this.api
			.post("/api/v1/invoices/" + id + "/credit-note", Map.of(), this.api.login(DemoAccounts.OTHER_REP).access())
			.status()).isEqualTo(404);

		assertThat(count("SELECT COUNT(*) FROM invoices WHERE kind = 'CREDIT_NOTE'")).isEqualTo(notes);
		assertThat(this.fixtures.level(this.cable)).isEqualTo(level);
		JsonNode invoice = this.api.get("/api/v1/invoices/" + id, this.rep).json();
		assertThat(invoice.get("status").asString()).isEqualTo("ISSUED");
		assertAmount(invoice, "amountCredited", "0.00");

		Response dated = this.api.post(path,
				Map.of("date", today().minusDays(5).toString(), "lines", List.of(Map.of("lineNo", 2, "quantity", 1))),
				this.rep);
		assertThat(dated.status()).isEqualTo(201);
		assertThat(dated.json().get("issueDate").asString()).isEqualTo(today().minusDays(5).toString());
	}

	@Test
	void aCreditNotePdfIsAnAvoirNamingTheInvoice() throws Exception {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		long id = issuedInvoice(customer, today());
		String invoiceNumber = this.api.get("/api/v1/invoices/" + id, this.rep).json().get("number").asString();
		JsonNode note = this.api
			.post("/api/v1/invoices/" + id + "/credit-note",
					Map.of("lines", List.of(Map.of("lineNo", 2, "quantity", 1))), this.rep)
			.json();
		String number = note.get("number").asString();
		Response pdf = this.api.get("/api/v1/invoices/" + note.get("id").asLong() + "/pdf", this.rep);
		assertThat(pdf.header("Content-Disposition")).contains(number + ".pdf");
		String text = PdfText
			.of(PdfText.download(this.port, "/api/v1/invoices/" + note.get("id").asLong() + "/pdf", this.rep));
		// 1 × 39.00 = 39.00; VAT 5.5 % = 2.145 → 2.15; 41.15
		assertThat(text).contains("AVOIR", "N° " + number, "Avoir sur la facture " + invoiceNumber, "Manuel", "39,00 €",
				"2,15 €", "41,15 €", "SIREN 812 345 676", "FR19812345676");
		String invoiceText = PdfText.of(PdfText.download(this.port, "/api/v1/invoices/" + id + "/pdf", this.rep));
		// 85.41 − 41.15 credited = 44.26 still due
		assertThat(invoiceText).contains("Avoirs", "41,15 €", "Net à payer", "44,26 €");
	}

	/**
	 * The recap of a customer with invoices over two years, payments, an overdue invoice,
	 * a credit note and a draft, against the same figures computed here in SQL.
	 */
	@Test
	void thePurchaseRecapEqualsTheSumsOfTheRows() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		long lastYear = issuedInvoice(customer, today().minusDays(400));
		long recent = issuedInvoice(customer, today().minusDays(2));
		long older = issuedInvoice(customer, today().minusDays(45));
		this.actors.run(DemoAccounts.MANAGER, () -> {
			this.invoicing.recordPayment(lastYear, fr.infotools.shared.Money.euros("85.41"), today().minusDays(380),
					fr.infotools.invoicing.PaymentMethod.TRANSFER, null);
			this.invoicing.recordPayment(older, fr.infotools.shared.Money.euros("20.00"), today().minusDays(20),
					fr.infotools.invoicing.PaymentMethod.CHEQUE, null);
			this.invoicing.creditNote(recent, Map.of(2, 1), today());
		});
		this.fixtures.draft(customer, this.book);

		Response response = this.api.get("/api/v1/customers/" + customer.getId() + "/purchases", this.rep);
		assertThat(response.status()).isEqualTo(200);
		JsonNode recap = response.json();
		assertThat(recap.get("companyName").asString()).isEqualTo(customer.getCompanyName());
		PurchasesApiTests.assertRecapMatchesSql(recap, customer.getId(), this.jdbc, today());
		// by hand: 3 × 85.41 − 41.15 = 215.08 incl. VAT; due: older 85.41 − 20.00 = 65.41
		// (overdue: due 15 days ago) + recent 85.41 − 41.15 = 44.26 → 109.67
		assertAmount(recap, "totalInclVat", "215.08");
		assertAmount(recap, "amountDue", "109.67");
		assertAmount(recap, "overdueAmount", "65.41");
		assertThat(recap.get("invoices")).hasSize(4);
		long years = java.util.stream.Stream.of(today().minusDays(400), today().minusDays(45), today())
			.map(LocalDate::getYear)
			.distinct()
			.count();
		assertThat(recap.get("years")).hasSize((int) years);
		assertThat(this.api
			.get("/api/v1/customers/" + customer.getId() + "/purchases",
					this.api.login(DemoAccounts.OTHER_REP).access())
			.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/customers/" + customer.getId() + "/purchases", this.manager).status())
			.isEqualTo(200);
	}

	private static void assertRule(Response response, String rule, String field) {
		assertThat(response.status()).as(rule).isEqualTo(422);
		assertThat(response.json().get("rule").asString()).isEqualTo(rule);
		assertThat(response.errorFields()).containsExactly(field);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(PARIS);
	}

	private static void assertAmount(JsonNode node, String field, String expected) {
		assertThat(node.get(field).decimalValue()).as(field).isEqualByComparingTo(expected);
	}

}
