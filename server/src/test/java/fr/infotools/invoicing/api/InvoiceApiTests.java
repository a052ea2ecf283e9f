package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.PdfText;
import fr.infotools.invoicing.Invoicing;
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
 * The invoices API over real HTTP: drafts, lines, issue, payments, lists and PDF; each
 * validation error and each conflict; what a sales rep may see.
 */
@IntegrationTest
class InvoiceApiTests {

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

	String otherRep;

	String manager;

	InvoiceFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.otherRep = this.api.login(DemoAccounts.OTHER_REP).access();
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		this.fixtures = new InvoiceFixtures(this.actors, this.catalog, this.stock, this.customers, this.invoicing);
	}

	@Test
	void aDraftIsCreatedChangedWithItsVersionAndDeleted() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Response created = this.api.post("/api/v1/invoices",
				Map.of("customerId", customer.getId(), "notes", "Bon de commande 42"), this.rep);
		assertThat(created.status()).isEqualTo(201);
		JsonNode draft = created.json();
		long id = draft.get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/invoices/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"" + draft.get("version").asLong() + "\"");
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("kind").asString()).isEqualTo("INVOICE");
		assertThat(draft.get("number").isNull()).isTrue();
		assertThat(draft.get("paymentTermsDays").asInt()).isEqualTo(30);
		assertThat(draft.get("notes").asString()).isEqualTo("Bon de commande 42");
		assertThat(draft.get("customerName").asString()).isEqualTo(customer.getCompanyName());
		assertThat(draft.get("salesRepName").asString()).isEqualTo("Jean Dupont");
		assertThat(draft.get("lines")).isEmpty();
		assertThat(draft.get("totalInclVat").decimalValue()).isZero();

		Response read = this.api.get("/api/v1/invoices/" + id, this.rep);
		assertThat(read.status()).isEqualTo(200);
		long version = read.json().get("version").asLong();
		assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");

		Map<String, Object> change = new HashMap<>(Map.of("paymentTermsDays", 45, "notes", "Livraison le matin"));
		assertThat(this.api.put("/api/v1/invoices/" + id, change, this.rep).status()).isEqualTo(428);
		change.put("version", version);
		Response updated = this.api.put("/api/v1/invoices/" + id, change, this.rep);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(updated.json().get("notes").asString()).isEqualTo("Livraison le matin");
		Response stale = this.api.put("/api/v1/invoices/" + id, change, this.rep);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		change.remove("version");
		change.remove("notes");
		Response withIfMatch = this.api.send("PUT", "/api/v1/invoices/" + id, change, this.rep,
				Map.of("If-Match", updated.header("ETag")));
		assertThat(withIfMatch.status()).isEqualTo(200);
		assertThat(withIfMatch.json().get("notes").isNull()).isTrue();

		assertThat(this.api.delete("/api/v1/invoices/" + id, this.rep).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/invoices/" + id, this.rep).status()).isEqualTo(404);
	}

	@Test
	void everyInvalidFieldOfADraftIsNamedAndNothingIsStored() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		long before = count("SELECT COUNT(*) FROM invoices");
		Map<String, Object> bad = new HashMap<>();
		bad.put("paymentTermsDays", 61);
		bad.put("notes", "x".repeat(2001));
		Response invalid = this.api.post("/api/v1/invoices", bad, this.rep);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("customerId", "paymentTermsDays", "notes");
		Response negative = this.api.post("/api/v1/invoices",
				Map.of("customerId", customer.getId(), "paymentTermsDays", -1, "notes", "a\u202Eb"), this.rep);
		assertThat(negative.errorFields()).containsExactlyInAnyOrder("paymentTermsDays", "notes");
		Response unknownField = this.api.post("/api/v1/invoices",
				Map.of("customerId", customer.getId(), "number", "FA-2026-99999"), this.rep);
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.errorFields()).containsExactly("number");
		assertThat(this.api.post("/api/v1/invoices", "{\"customerId\": \"x\"}", this.rep).status()).isEqualTo(400);
		Customer others = this.fixtures.customer(DemoAccounts.OTHER_REP, CustomerType.CUSTOMER);
		assertThat(this.api.post("/api/v1/invoices", Map.of("customerId", others.getId()), this.rep).status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/v1/invoices", Map.of("customerId", 999_999), this.manager).status())
			.isEqualTo(404);
		assertThat(count("SELECT COUNT(*) FROM invoices")).isEqualTo(before);

		long id = draft(customer, this.rep);
		long version = this.api.get("/api/v1/invoices/" + id, this.rep).json().get("version").asLong();
		Response badUpdate = this.api.put("/api/v1/invoices/" + id, Map.of("paymentTermsDays", 90, "version", version),
				this.rep);
		assertThat(badUpdate.status()).isEqualTo(422);
		assertThat(badUpdate.errorFields()).containsExactly("paymentTermsDays");
		assertThat(this.api.put("/api/v1/invoices/" + id, Map.of("version", version), this.rep).errorFields())
			.containsExactly("paymentTermsDays");
	}

	/**
	 * The totals of an invoice worked out by hand (docs/invoicing.md: each line rounded
	 * once, VAT once per rate on the sum of the lines at that rate):
	 *
	 * <pre>
	 * line 1  3 × 1 249.90 = 3 749.70, less 7.5 %  = 3 468.4725 → 3 468.47   20 %
	 * line 2  4 ×    19.99 =                          79.96                5.5 %
	 * line 3  9 ×     0.35 =     3.15, less 12.5 % =   2.75625  →     2.76   20 %
	 * line 4  2 ×    89.00 =                         178.00                 10 %
	 *
	 * VAT 20 %   on 3 468.47 + 2.76 = 3 471.23 → 694.246 → 694.25
	 * VAT 5.5 %  on 79.96                      →   4.3978 →   4.40
	 * VAT 10 %   on 178.00                     →  17.80
	 * total excl. VAT 3 471.23 + 79.96 + 178.00     = 3 729.19
	 * total VAT       694.25 + 4.40 + 17.80         =   716.45
	 * total incl. VAT 3 729.19 + 716.45             = 4 445.64
	 * cost 3 × 900.00 + 4 × 6.00 + 9 × 0.10 + 2 × 40.00 = 2 804.90; margin 924.29
	 * </pre>
	 */
	@Test
	void totalsAddUpToTheCentAsWorkedOutByHand() {
		long id = handComputedDraft(this.rep);
		JsonNode invoice = this.api.get("/api/v1/invoices/" + id, this.manager).json();
		assertThat(invoice.get("lines")).hasSize(4);
		assertThat(amounts(invoice.get("lines"), "netAmount")).containsExactly(new BigDecimal("3468.47"),
				new BigDecimal("79.96"), new BigDecimal("2.76"), new BigDecimal("178.00"));
		assertThat(amounts(invoice.get("vatBreakdown"), "rate")).containsExactly(new BigDecimal("20.00"),
				new BigDecimal("10.00"), new BigDecimal("5.50"));
		assertThat(amounts(invoice.get("vatBreakdown"), "base")).containsExactly(new BigDecimal("3471.23"),
				new BigDecimal("178.00"), new BigDecimal("79.96"));
		assertThat(amounts(invoice.get("vatBreakdown"), "vat")).containsExactly(new BigDecimal("694.25"),
				new BigDecimal("17.80"), new BigDecimal("4.40"));
		assertAmount(invoice, "totalExclVat", "3729.19");
		assertAmount(invoice, "totalVat", "716.45");
		assertAmount(invoice, "totalInclVat", "4445.64");
		assertAmount(invoice, "totalCost", "2804.90");
		assertAmount(invoice, "margin", "924.29");
		assertAmount(invoice, "amountDue", "0.00");
		assertThat(invoice.get("lines").get(0).get("discountPercent").decimalValue()).isEqualByComparingTo("7.5");
		assertAmount(invoice.get("lines").get(0), "cost", "2700.00");
		assertAmount(invoice.get("lines").get(0), "margin", "768.47");
	}

	@Test
	void linesAreAddedChangedAndRemovedOnADraftOnly() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Product book = this.fixtures.product("Manuel", "39.00", "12.00", VatRate.REDUCED, false, 0);
		Product cable = this.fixtures.product("Câble", "0.99", "0.40", VatRate.STANDARD, true, 100);
		long id = draft(customer, this.rep);
		Response added = this.api.post("/api/v1/invoices/" + id + "/lines",
				Map.of("productId", book.getId(), "quantity", 2, "discountPercent", 10), this.rep);
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.header("Location")).endsWith("/api/v1/invoices/" + id + "/lines/1");
		// 2 × 39.00 less 10 % = 70.20; VAT 5.5 % = 3.861 → 3.86
		assertAmount(added.json(), "totalInclVat", "74.06");
		JsonNode line = added.json().get("lines").get(0);
		assertThat(line.get("description").asString()).isEqualTo("Manuel");
		assertThat(line.get("vatRate").decimalValue()).isEqualByComparingTo("5.5");
		assertThat(line.get("unitPriceExclVat").decimalValue()).isEqualByComparingTo("39.00");

		Response second = this.api.post("/api/v1/invoices/" + id + "/lines",
				Map.of("productId", cable.getId(), "quantity", 3), this.rep);
		assertThat(second.json().get("lines").get(1).get("lineNo").asInt()).isEqualTo(2);
		// + 3 × 0.99 = 2.97, VAT 20 % = 0.594 → 0.59: 74.06 + 3.56 = 77.62
		assertAmount(second.json(), "totalInclVat", "77.62");

		Response changed = this.api.put("/api/v1/invoices/" + id + "/lines/1", Map.of("quantity", 1), this.rep);
		assertThat(changed.status()).isEqualTo(200);
		// 1 × 39.00 = 39.00 (VAT 2.145 → 2.15) + 3.56 = 44.71
		assertAmount(changed.json(), "totalInclVat", "44.71");
		assertThat(changed.json().get("lines").get(0).get("discountPercent").decimalValue()).isZero();

		assertThat(this.api.put("/api/v1/invoices/" + id + "/lines/9", Map.of("quantity", 1), this.rep).status())
			.isEqualTo(404);
		assertThat(this.api.delete("/api/v1/invoices/" + id + "/lines/9", this.rep).status()).isEqualTo(404);
		Response removed = this.api.delete("/api/v1/invoices/" + id + "/lines/1", this.rep);
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.json().get("lines")).hasSize(1);
		assertAmount(removed.json(), "totalInclVat", "3.56");
		assertThat(count("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id = ?", id)).isOne();
	}

	@Test
	void everyInvalidFieldOfALineIsNamed() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Product book = this.fixtures.product("Manuel", "39.00", "12.00", VatRate.REDUCED, false, 0);
		long id = draft(customer, this.rep);
		Response invalid = this.api.post("/api/v1/invoices/" + id + "/lines",
				Map.of("quantity", 0, "discountPercent", new BigDecimal("100.5")), this.rep);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("productId", "quantity", "discountPercent");
		assertThat(
				this.api
					.post("/api/v1/invoices/" + id + "/lines",
							Map.of("productId", book.getId(), "quantity", 1, "discountPercent",
									new BigDecimal("5.125")),
							this.rep)
					.errorFields())
			.containsExactly("discountPercent");
		assertThat(this.api
			.post("/api/v1/invoices/" + id + "/lines", Map.of("productId", book.getId(), "quantity", -2), this.rep)
			.errorFields()).containsExactly("quantity");
		Response unknown = this.api.post("/api/v1/invoices/" + id + "/lines",
				Map.of("productId", 999_999, "quantity", 1), this.rep);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("productId");
		Product retired = this.fixtures.product("Ancien modèle", "10.00", "5.00", VatRate.STANDARD, false, 0, false);
		Response inactive = this.api.post("/api/v1/invoices/" + id + "/lines",
				Map.of("productId", retired.getId(), "quantity", 1), this.rep);
		assertThat(inactive.status()).isEqualTo(422);
		assertThat(inactive.json().get("rule").asString()).isEqualTo("invoice.product-inactive");
		assertThat(this.api
			.post("/api/v1/invoices/" + id + "/lines", "{\"productId\": " + book.getId() + ", \"quantity\": 1.5}",
					this.rep)
			.errorFields()).containsExactly("quantity");
		assertThat(this.api
			.post("/api/v1/invoices/" + id + "/lines", "{\"productId\": " + book.getId() + ", \"quantity\": \"two\"}",
					this.rep)
			.status()).isEqualTo(400);
		assertThat(this.api.put("/api/v1/invoices/" + id + "/lines/1", Map.of("quantity", 0), this.rep).errorFields())
			.containsExactly("quantity");
		assertThat(count("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id = ?", id)).isZero();
	}

	@Test
	void aSalesRepSeesNeitherCostNorMargin() {
		long id = handComputedDraft(this.rep);
		JsonNode asRep = this.api.get("/api/v1/invoices/" + id, this.rep).json();
		assertThat(asRep.has("totalCost")).isFalse();
		assertThat(asRep.has("margin")).isFalse();
		asRep.get("lines").forEach((line) -> {
			assertThat(line.has("unitCost")).isFalse();
			assertThat(line.has("cost")).isFalse();
			assertThat(line.has("margin")).isFalse();
		});
		assertThat(this.api.get("/api/v1/invoices/" + id, this.rep).body()).doesNotContainIgnoringCase("cost")
			.doesNotContainIgnoringCase("margin");
		Response added = this.api.post("/api/v1/invoices/" + id + "/lines",
				Map.of("productId", asRep.get("lines").get(1).get("productId").asLong(), "quantity", 1), this.rep);
		assertThat(added.body()).doesNotContainIgnoringCase("cost").doesNotContainIgnoringCase("margin");
		JsonNode asManager = this.api.get("/api/v1/invoices/" + id, this.manager).json();
		assertThat(asManager.has("totalCost")).isTrue();
		assertThat(asManager.get("lines").get(0).has("unitCost")).isTrue();
		assertThat(this.api.get("/api/v1/invoices?customerId=" + asRep.get("customerId").asLong(), this.rep).body())
			.doesNotContainIgnoringCase("cost")
			.doesNotContainIgnoringCase("margin");
	}

	@Test
	void anotherRepsInvoiceAnswers404Everywhere() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Product book = this.fixtures.product("Manuel", "39.00", "12.00", VatRate.REDUCED, false, 0);
		long draftId = this.fixtures.draft(customer, book).getId();
		long issuedId = this.fixtures.draft(customer, book).getId();
		this.actors.run(DemoAccounts.MANAGER, () -> this.invoicing.issue(issuedId));
		for (long id : new long[] { draftId, issuedId }) {
			String path = "/api/v1/invoices/" + id;
			assertThat(this.api.get(path, this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.get(path, this.otherRep).json().get("code").asString()).isEqualTo("not-found");
			assertThat(this.api.put(path, Map.of("paymentTermsDays", 10, "version", 0), this.otherRep).status())
				.isEqualTo(404);
			assertThat(this.api.delete(path, this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/lines", Map.of("productId", book.getId(), "quantity", 1), this.otherRep)
				.status()).isEqualTo(404);
			assertThat(this.api.put(path + "/lines/1", Map.of("quantity", 2), this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.delete(path + "/lines/1", this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/issue", Map.of(), this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.get(path + "/payments", this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/payments", payment("1.00", today()), this.otherRep).status())
				.isEqualTo(404);
			assertThat(this.api.post(path + "/credit-note", Map.of(), this.otherRep).status()).isEqualTo(404);
			assertThat(this.api.get(path + "/pdf", this.otherRep).status()).isEqualTo(404);
		}
		assertThat(this.api.get("/api/v1/invoices?customerId=" + customer.getId(), this.otherRep)
			.json()
			.get("totalItems")
			.asLong()).isZero();
		assertThat(this.api.get("/api/v1/invoices/999999", this.manager).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/invoices/" + draftId, this.rep).status()).isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id = ?", draftId)).isOne();
	}

	@Test
	void issuingNumbersTheInvoiceTakesTheStockAndTurnsTheProspectIntoACustomer() {
		Customer prospect = this.fixtures.customer(DemoAccounts.REP, CustomerType.PROSPECT);
		Product server = this.fixtures.product("Serveur", "2290.00", "1650.00", VatRate.STANDARD, true, 5);
		Product service = this.fixtures.product("Installation", "450.00", "200.00", VatRate.STANDARD, false, 0);
		long id = draft(prospect, this.rep);
		this.api.post("/api/v1/invoices/" + id + "/lines", Map.of("productId", server.getId(), "quantity", 2),
				this.rep);
		this.api.post("/api/v1/invoices/" + id + "/lines", Map.of("productId", service.getId(), "quantity", 1),
				this.rep);
		long version = this.api.get("/api/v1/invoices/" + id, this.rep).json().get("version").asLong();
		this.api.put("/api/v1/invoices/" + id, Map.of("paymentTermsDays", 45, "version", version), this.rep);

		Response issued = this.api.post("/api/v1/invoices/" + id + "/issue", Map.of(), this.rep);
		assertThat(issued.status()).isEqualTo(200);
		JsonNode invoice = issued.json();
		String number = invoice.get("number").asString();
		assertThat(number).matches("FA-" + today().getYear() + "-\\d{5}");
		assertThat(invoice.get("status").asString()).isEqualTo("ISSUED");
		assertThat(invoice.get("issueDate").asString()).isEqualTo(today().toString());
		assertThat(invoice.get("dueDate").asString()).isEqualTo(today().plusDays(45).toString());
		assertThat(invoice.get("overdue").asBoolean()).isFalse();
		// 2 × 2290.00 + 450.00 = 5030.00; VAT 20 % = 1006.00
		assertAmount(invoice, "amountDue", "6036.00");
		assertThat(issued.header("ETag")).isEqualTo("\"" + invoice.get("version").asLong() + "\"");
		assertIsTheInvoiceAsStored(issued, id);
		assertThat(this.fixtures.level(server)).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM stock_movements WHERE product_id = ? AND reference = ? AND quantity = -2"
				+ " AND reason = 'SALE'", server.getId(), number))
			.isOne();
		assertThat(this.jdbc.sql("SELECT type FROM customers WHERE id = ?")
			.param(prospect.getId())
			.query(String.class)
			.single()).isEqualTo("CUSTOMER");
		long second = draft(prospect, this.rep);
		this.api.post("/api/v1/invoices/" + second + "/lines", Map.of("productId", service.getId(), "quantity", 1),
				this.rep);
		assertIsTheInvoiceAsStored(this.api.post("/api/v1/invoices/" + second + "/issue", Map.of(), this.rep), second);

		String path = "/api/v1/invoices/" + id;
		for (Response refused : List.of(this.api.post(path + "/issue", Map.of(), this.rep),
				this.api.put(path, Map.of("paymentTermsDays", 30, "version", invoice.get("version").asLong()),
						this.rep),
				this.api.delete(path, this.rep),
				this.api.post(path + "/lines", Map.of("productId", service.getId(), "quantity", 1), this.rep),
				this.api.put(path + "/lines/1", Map.of("quantity", 1), this.rep),
				this.api.delete(path + "/lines/1", this.rep))) {
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.json().get("code").asString()).isEqualTo("invoice-issued");
			assertThat(refused.json().get("number").asString()).isEqualTo(number);
			assertThat(refused.json().get("detail").asString()).contains(number);
		}
		assertThat(this.fixtures.level(server)).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id = ?", id)).isEqualTo(2);
	}

	@Test
	void anInvoiceWithoutLinesCannotBeIssued() {
		long id = draft(this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER), this.rep);
		Response refused = this.api.post("/api/v1/invoices/" + id + "/issue", Map.of(), this.rep);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("invoice.no-lines");
		assertThat(refused.errorFields()).containsExactly("lines");
		assertThat(this.jdbc.sql("SELECT status FROM invoices WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Test
	void issuingWithMissingStockListsEveryShortageAndChangesNothing() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.PROSPECT);
		Product scarce = this.fixtures.product("Switch 24 ports", "390.00", "250.00", VatRate.STANDARD, true, 2);
		Product soldOut = this.fixtures.product("Onduleur", "690.00", "455.00", VatRate.STANDARD, true, 0);
		Product plenty = this.fixtures.product("Câble", "0.99", "0.40", VatRate.STANDARD, true, 50);
		Product service = this.fixtures.product("Installation", "450.00", "200.00", VatRate.STANDARD, false, 0);
		long id = draft(customer, this.rep);
		for (Object[] line : new Object[][] { { scarce, 3 }, { plenty, 10 }, { soldOut, 1 }, { service, 1 } }) {
			this.api.post("/api/v1/invoices/" + id + "/lines",
					Map.of("productId", ((Product) line[0]).getId(), "quantity", line[1]), this.rep);
		}
		String series = "FA-" + today().getYear();
		Integer lastNumber = lastNumber(series);
		long movements = count("SELECT COUNT(*) FROM stock_movements");
		long auditMark = count("SELECT COALESCE(MAX(id), 0) FROM audit_log");

		Response refused = this.api.post("/api/v1/invoices/" + id + "/issue", Map.of(), this.rep);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("insufficient-stock");
		List<Map<String, Object>> shortages = new ArrayList<>();
		refused.json()
			.get("shortages")
			.forEach((shortage) -> shortages.add(Map.of("productId", shortage.get("productId").asLong(), "sku",
					shortage.get("sku").asString(), "requested", shortage.get("requested").asInt(), "available",
					shortage.get("available").asInt())));
		assertThat(shortages).containsExactlyInAnyOrder(
				Map.of("productId", scarce.getId(), "sku", scarce.getSku(), "requested", 3, "available", 2),
				Map.of("productId", soldOut.getId(), "sku", soldOut.getSku(), "requested", 1, "available", 0));

		JsonNode after = this.api.get("/api/v1/invoices/" + id, this.rep).json();
		assertThat(after.get("status").asString()).isEqualTo("DRAFT");
		assertThat(after.get("number").isNull()).isTrue();
		assertThat(lastNumber(series)).isEqualTo(lastNumber);
		assertThat(this.fixtures.level(scarce)).isEqualTo(2);
		assertThat(this.fixtures.level(soldOut)).isZero();
		assertThat(this.fixtures.level(plenty)).isEqualTo(50);
		assertThat(count("SELECT COUNT(*) FROM stock_movements")).isEqualTo(movements);
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE id > ?", auditMark)).isZero();
		assertThat(this.jdbc.sql("SELECT type FROM customers WHERE id = ?")
			.param(customer.getId())
			.query(String.class)
			.single()).isEqualTo("PROSPECT");

		// once restocked, the same draft is issued with the next number
		this.actors.run(DemoAccounts.MANAGER, () -> {
			this.stock.move(scarce.getId(), 1, fr.infotools.stock.MovementReason.RESTOCK, "BL-2", null,
					java.time.Instant.now());
			this.stock.move(soldOut.getId(), 1, fr.infotools.stock.MovementReason.RESTOCK, "BL-2", null,
					java.time.Instant.now());
		});
		Response issued = this.api.post("/api/v1/invoices/" + id + "/issue", Map.of(), this.rep);
		assertThat(issued.status()).isEqualTo(200);
		assertThat(issued.json().get("number").asString())
			.isEqualTo(String.format("%s-%05d", series, ((lastNumber != null) ? lastNumber : 0) + 1));
		assertThat(this.fixtures.level(scarce)).isZero();
		assertThat(this.fixtures.level(plenty)).isEqualTo(40);
	}

	@Test
	void paymentsAreCheckedAndSettleTheInvoice() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Product book = this.fixtures.product("Manuel", "39.00", "12.00", VatRate.REDUCED, false, 0);
		long draftId = this.fixtures.draft(customer, book, book).getId();
		Response onDraft = this.api.post("/api/v1/invoices/" + draftId + "/payments", payment("10.00", today()),
				this.rep);
		assertThat(onDraft.status()).isEqualTo(409);
		assertThat(onDraft.json().get("code").asString()).isEqualTo("invoice-not-payable");
		this.actors.run(DemoAccounts.MANAGER, () -> this.invoicing.issue(draftId));
		String path = "/api/v1/invoices/" + draftId + "/payments";
		// 2 × 39.00 = 78.00; VAT 5.5 % = 4.29; due 82.29

		Map<String, Object> invalid = new HashMap<>();
		invalid.put("amount", new BigDecimal("0"));
		Response missing = this.api.post(path, invalid, this.rep);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("amount", "paidOn", "method");
		assertThat(this.api.post(path, payment("-5.00", today()), this.rep).errorFields()).containsExactly("amount");
		assertThat(this.api.post(path, payment("10.001", today()), this.rep).errorFields()).containsExactly("amount");
		Response tooMuch = this.api.post(path, payment("82.30", today()), this.rep);
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.json().get("rule").asString()).isEqualTo("invoice.payment-amount");
		assertThat(tooMuch.errorFields()).containsExactly("amount");
		Response future = this.api.post(path, payment("10.00", today().plusDays(1)), this.rep);
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.errorFields()).containsExactly("paidOn");
		assertThat(future.json().get("detail").asString())
			.isEqualTo("Un règlement ne peut pas être daté dans le futur.");
		Response english = this.api.send("POST", path, payment("10.00", today().plusDays(1)), this.rep,
				Map.of("Accept-Language", "en"));
		assertThat(english.json().get("detail").asString()).isEqualTo("A payment cannot be dated in the future.");
		Map<String, Object> badMethod = payment("10.00", today());
		badMethod.put("method", "BITCOIN");
		assertThat(this.api.post(path, badMethod, this.rep).status()).isEqualTo(400);
		Map<String, Object> longReference = payment("10.00", today());
		longReference.put("reference", "R".repeat(65));
		assertThat(this.api.post(path, longReference, this.rep).errorFields()).containsExactly("reference");
		assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id = ?", draftId)).isZero();

		Response first = this.api.post(path, payment("50.00", today().minusDays(1)), this.rep);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("amount").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(first.json().get("method").asString()).isEqualTo("TRANSFER");
		assertThat(first.json().get("reference").asString()).isEqualTo("VIR-TEST");
		JsonNode partly = this.api.get("/api/v1/invoices/" + draftId, this.rep).json();
		assertThat(partly.get("status").asString()).isEqualTo("PARTIALLY_PAID");
		assertAmount(partly, "amountPaid", "50.00");
		assertAmount(partly, "amountDue", "32.29");
		Response second = this.api.post(path, payment("32.29", today()), this.rep);
		assertThat(second.status()).isEqualTo(201);
		Response list = this.api.get(path, this.rep);
		assertThat(list.json()).hasSize(2);
		assertThat(amounts(list.json(), "amount")).containsExactly(new BigDecimal("50.00"), new BigDecimal("32.29"));
		JsonNode paid = this.api.get("/api/v1/invoices/" + draftId, this.rep).json();
		assertThat(paid.get("status").asString()).isEqualTo("PAID");
		assertAmount(paid, "amountDue", "0.00");
		assertThat(paid.get("payments")).hasSize(2);
		Response settled = this.api.post(path, payment("0.01", today()), this.rep);
		assertThat(settled.status()).isEqualTo(409);
		assertThat(settled.json().get("code").asString()).isEqualTo("invoice-settled");
		assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id = ?", draftId)).isEqualTo(2);
	}

	@Test
	void listsAreFilteredByTheDatabasePagedSortedAndScoped() {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Product book = this.fixtures.product("Manuel", "39.00", "12.00", VatRate.REDUCED, false, 0);
		long mine = this.fixtures.draft(customer, book).getId();
		long repId = this.actors.user(DemoAccounts.REP).id();
		LocalDate today = today();

		JsonNode ofRep = this.api.get("/api/v1/invoices?size=100", this.rep).json();
		long visible = count(
				"SELECT COUNT(*) FROM invoices i JOIN customers c ON c.id = i.customer_id " + "WHERE c.owner_id = ?",
				repId);
		assertThat(ofRep.get("totalItems").asLong()).isEqualTo(visible);
		Set<Long> owned = this.jdbc.sql("SELECT id FROM customers WHERE owner_id = ?")
			.param(repId)
			.query(Long.class)
			.set();
		ofRep.get("items").forEach((item) -> assertThat(owned).contains(item.get("customerId").asLong()));
		assertThat(this.api
			.get("/api/v1/invoices?size=1&salesRepId=" + this.actors.user(DemoAccounts.OTHER_REP).id(), this.rep)
			.json()
			.get("totalItems")
			.asLong()).isEqualTo(visible);

		assertThat(total("", this.manager)).isEqualTo(count("SELECT COUNT(*) FROM invoices"));
		assertThat(total("status=DRAFT", this.manager))
			.isEqualTo(count("SELECT COUNT(*) FROM invoices WHERE status = 'DRAFT'"));
		assertThat(total("kind=CREDIT_NOTE", this.manager))
			.isEqualTo(count("SELECT COUNT(*) FROM invoices WHERE kind = 'CREDIT_NOTE'"));
		assertThat(total("salesRepId=" + repId, this.manager))
			.isEqualTo(count("SELECT COUNT(*) FROM invoices WHERE sales_rep_id = ?", repId));
		assertThat(total("customerId=" + customer.getId(), this.rep)).isOne();
		LocalDate from = today.minusMonths(3);
		assertThat(total("from=" + from + "&to=" + today, this.manager))
			.isEqualTo(count("SELECT COUNT(*) FROM invoices WHERE issue_date BETWEEN ? AND ?", from, today));
		long overdue = count("SELECT COUNT(*) FROM invoices WHERE kind = 'INVOICE' "
				+ "AND status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < ?", today);
		assertThat(overdue).isPositive();
		JsonNode late = this.api.get("/api/v1/invoices?overdue=true&size=100", this.manager).json();
		assertThat(late.get("totalItems").asLong()).isEqualTo(overdue);
		late.get("items").forEach((item) -> {
			assertThat(item.get("overdue").asBoolean()).isTrue();
			assertThat(LocalDate.parse(item.get("dueDate").asString())).isBefore(today);
			assertThat(item.get("amountDue").decimalValue()).isPositive();
		});
		assertThat(total("overdue=false", this.manager)).isEqualTo(count("SELECT COUNT(*) FROM invoices") - overdue);
		assertThat(total("overdue=true&status=PAID", this.manager)).isZero();
		long repOverdue = count("SELECT COUNT(*) FROM invoices i JOIN customers c ON c.id = i.customer_id "
				+ "WHERE c.owner_id = ? AND i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'PARTIALLY_PAID') "
				+ "AND i.due_date < ?", repId, today);
		assertThat(total("overdue=true", this.rep)).isEqualTo(repOverdue);

		JsonNode latest = this.api.get("/api/v1/invoices?size=5", this.rep).json();
		assertThat(latest.get("items").get(0).get("id").asLong()).isEqualTo(mine);
		JsonNode item = latest.get("items").get(0);
		assertThat(item.get("customerName").asString()).isEqualTo(customer.getCompanyName());
		assertThat(item.get("salesRepName").asString()).isEqualTo("Jean Dupont");
		JsonNode byTotal = this.api.get("/api/v1/invoices?size=20&sort=totalInclVat,desc", this.manager).json();
		List<BigDecimal> totals = amounts(byTotal.get("items"), "totalInclVat");
		assertThat(totals).isSortedAccordingTo((a, b) -> b.compareTo(a));
		JsonNode page0 = this.api.get("/api/v1/invoices?size=3&page=0&sort=number", this.manager).json();
		JsonNode page1 = this.api.get("/api/v1/invoices?size=3&page=1&sort=number", this.manager).json();
		assertThat(ids(page0.get("items"))).doesNotContainAnyElementsOf(ids(page1.get("items")));
		assertThat(page0.get("size").asInt()).isEqualTo(3);
	}

	@Test
	void badListParametersAreNamed() {
		assertThat(this.api.get("/api/v1/invoices?sort=margin", this.manager).errorFields()).containsExactly("sort");
		assertThat(this.api.get("/api/v1/invoices?size=101", this.manager).errorFields()).containsExactly("size");
		Response period = this.api.get("/api/v1/invoices?from=2026-03-01&to=2026-02-01", this.manager);
		assertThat(period.status()).isEqualTo(422);
		assertThat(period.errorFields()).containsExactly("to");
		Response status = this.api.get("/api/v1/invoices?status=LOST", this.manager);
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.errorFields()).containsExactly("status");
		assertThat(this.api.get("/api/v1/invoices?from=01/03/2026", this.manager).errorFields())
			.containsExactly("from");
		assertThat(this.api.get("/api/v1/invoices?overdue=maybe", this.manager).errorFields())
			.containsExactly("overdue");
	}

	@Test
	void thePdfIsAFrenchInvoiceWithEveryMandatoryMention() throws Exception {
		long id = handComputedDraft(this.rep);
		Response draftPdf = this.api.get("/api/v1/invoices/" + id + "/pdf", this.rep);
		assertThat(draftPdf.status()).isEqualTo(200);
		assertThat(draftPdf.header("Content-Disposition")).contains("brouillon-" + id + ".pdf");
		assertThat(pdfText(id)).contains("BROUILLON").doesNotContain("FA-");

		JsonNode issued = this.api.post("/api/v1/invoices/" + id + "/issue", Map.of(), this.rep).json();
		String number = issued.get("number").asString();
		this.api.post("/api/v1/invoices/" + id + "/payments", payment("1000.00", today()), this.rep);
		Response pdf = this.api.get("/api/v1/invoices/" + id + "/pdf", this.rep);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(pdf.header("Content-Disposition")).startsWith("attachment").contains(number + ".pdf");
		String text = pdfText(id);
		assertThat(text).contains("FACTURE", "N° " + number, "Société Test", "SIREN 732 829 320");
		// totals of the hand-computed invoice, in French: 3 729,19 + 716,45 = 4 445,64; 1
		// 000
		// paid, 3 445,64 due
		assertThat(text).contains("3 468,47 €", "7,5 %", "5,5 %", "694,25 €", "3 729,19 €", "716,45 €", "4 445,64 €",
				"1 000,00 €", "3 445,64 €");
		assertThat(text).contains("Info-Tools SAS", "au capital de 150 000,00 €", "SIREN 812 345 676",
				"RCS Lyon 812 345 676", "FR19812345676", "Date d'émission : " + french(today()),
				"Échéance : " + french(today().plusDays(30)));
		assertThat(text).contains("trois fois le taux d'intérêt légal",
				"indemnité forfaitaire pour frais de recouvrement de 40 €", "Pas d'escompte pour paiement anticipé");
		assertThat(text).doesNotContain("BROUILLON");
	}

	private String pdfText(long id) throws Exception {
		return PdfText.of(PdfText.download(this.port, "/api/v1/invoices/" + id + "/pdf", this.rep));
	}

	/**
	 * A draft with the four lines worked out by hand in
	 * {@link #totalsAddUpToTheCentAsWorkedOutByHand}.
	 */
	private long handComputedDraft(String token) {
		Customer customer = this.fixtures.customer(DemoAccounts.REP, CustomerType.CUSTOMER);
		Product workstation = this.fixtures.product("Poste de travail", "1249.90", "900.00", VatRate.STANDARD, true,
				10);
		Product book = this.fixtures.product("Guide utilisateur", "19.99", "6.00", VatRate.REDUCED, false, 0);
		Product cable = this.fixtures.product("Câble RJ45", "0.35", "0.10", VatRate.STANDARD, true, 50);
		Product support = this.fixtures.product("Assistance", "89.00", "40.00", VatRate.INTERMEDIATE, false, 0);
		long id = draft(customer, token);
		String lines = "/api/v1/invoices/" + id + "/lines";
		this.api.post(lines,
				Map.of("productId", workstation.getId(), "quantity", 3, "discountPercent", new BigDecimal("7.5")),
				token);
		this.api.post(lines, Map.of("productId", book.getId(), "quantity", 4), token);
		this.api.post(lines,
				Map.of("productId", cable.getId(), "quantity", 9, "discountPercent", new BigDecimal("12.5")), token);
		this.api.post(lines, Map.of("productId", support.getId(), "quantity", 2, "discountPercent", 0), token);
		return id;
	}

	/**
	 * The answer to an issue is built from what issuing read: it is the invoice as
	 * stored.
	 */
	private void assertIsTheInvoiceAsStored(Response issued, long id) {
		assertThat(issued.status()).isEqualTo(200);
		Response readAgain = this.api.get("/api/v1/invoices/" + id, this.rep);
		assertThat(issued.json()).isEqualTo(readAgain.json());
		assertThat(issued.header("ETag")).isEqualTo(readAgain.header("ETag"));
	}

	private long draft(Customer customer, String token) {
		Response created = this.api.post("/api/v1/invoices", Map.of("customerId", customer.getId()), token);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static Map<String, Object> payment(String amount, LocalDate paidOn) {
		Map<String, Object> payment = new HashMap<>();
		payment.put("amount", new BigDecimal(amount));
		payment.put("paidOn", paidOn.toString());
		payment.put("method", "TRANSFER");
		payment.put("reference", "VIR-TEST");
		return payment;
	}

	private long total(String query, String token) {
		Response response = this.api.get("/api/v1/invoices?size=1&" + query, token);
		assertThat(response.status()).as(query).isEqualTo(200);
		return response.json().get("totalItems").asLong();
	}

	private Integer lastNumber(String series) {
		return this.jdbc.sql("SELECT last_value FROM document_sequences WHERE series = ?")
			.param(series)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(PARIS);
	}

	private static String french(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	private static void assertAmount(JsonNode node, String field, String expected) {
		assertThat(node.get(field).decimalValue()).as(field).isEqualByComparingTo(expected);
	}

	private static List<BigDecimal> amounts(JsonNode items, String field) {
		List<BigDecimal> amounts = new ArrayList<>();
		items.forEach((item) -> amounts.add(item.get(field).decimalValue().setScale(2)));
		return amounts;
	}

	private static List<Long> ids(JsonNode items) {
		List<Long> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

}
