package fr.infotools.customer.api;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

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
 * The customers API over real HTTP: lists, create, read, update with versions, delete,
 * convert, reassign, contacts; each validation error and each conflict.
 */
@IntegrationTest
class CustomerApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String rep;

	String manager;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.rep = this.api.login(DemoAccounts.REP).access();
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
	}

	@Test
	void listsArePagedSortedAndScoped() {
		Response page = this.api.get("/api/v1/customers?size=5&sort=companyName,desc", this.rep);
		assertThat(page.status()).isEqualTo(200);
		JsonNode json = page.json();
		assertThat(json.get("items")).hasSize(5);
		assertThat(json.get("size").asInt()).isEqualTo(5);
		long repId = userId(DemoAccounts.REP);
		json.get("items").forEach((item) -> assertThat(item.get("ownerId").asLong()).isEqualTo(repId));
		String first = json.get("items").get(0).get("companyName").asString();
		String second = json.get("items").get(1).get("companyName").asString();
		assertThat(first.compareToIgnoreCase(second)).isGreaterThanOrEqualTo(0);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM customers WHERE owner_id = ?")
			.param(repId)
			.query(Long.class)
			.single();
		assertThat(json.get("totalItems").asLong()).isEqualTo(total);

		Response all = this.api.get("/api/v1/customers?size=1", this.manager);
		assertThat(all.json().get("totalItems").asLong())
			.isEqualTo(this.jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single());
		Response ofRep = this.api.get("/api/v1/customers?size=1&ownerId=" + repId, this.manager);
		assertThat(ofRep.json().get("totalItems").asLong()).isEqualTo(total);
	}

	@Test
	void searchByNamePrefixCityAndType() {
		Response prospects = this.api.get("/api/v1/customers?type=PROSPECT&size=100", this.manager);
		prospects.json().get("items").forEach((item) -> assertThat(item.get("type").asString()).isEqualTo("PROSPECT"));
		String name = prospects.json().get("items").get(0).get("companyName").asString();
		String city = prospects.json().get("items").get(0).get("city").asString();
		Response byName = this.api.get("/api/v1/customers?q=" + enc(name.substring(0, 5).toLowerCase()), this.manager);
		assertThat(byName.json().get("items")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("companyName").asString())
				.startsWithIgnoringCase(name.substring(0, 5)));
		Response byCity = this.api.get("/api/v1/customers?size=100&city=" + enc(city), this.manager);
		assertThat(byCity.json().get("items")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("city").asString()).isEqualTo(city));
		assertThat(this.api.get("/api/v1/customers?q=%25", this.manager).json().get("totalItems").asLong()).isZero();
	}

	@Test
	void badPagingIsNamed() {
		assertThat(this.api.get("/api/v1/customers?size=1000", this.rep).errorFields()).containsExactly("size");
		assertThat(this.api.get("/api/v1/customers?page=-1", this.rep).errorFields()).containsExactly("page");
		Response badSort = this.api.get("/api/v1/customers?sort=password", this.rep);
		assertThat(badSort.status()).isEqualTo(422);
		assertThat(badSort.errorFields()).containsExactly("sort");
		Response badType = this.api.get("/api/v1/customers?type=FRIEND", this.rep);
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.errorFields()).containsExactly("type");
	}

	@Test
	void aRepCreatesReadsUpdatesAndDeletesTheirProspect() {
		Response created = this.api.post("/api/v1/customers", valid(), this.rep);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/customers/" + id);
		assertThat(created.json().get("type").asString()).isEqualTo("PROSPECT");
		assertThat(created.json().get("ownerId").asLong()).isEqualTo(userId(DemoAccounts.REP));
		assertThat(created.json().get("ownerName").asString()).isEqualTo("Jean Dupont");

		Response read = this.api.get("/api/v1/customers/" + id, this.rep);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");

		Map<String, Object> change = valid();
		change.put("city", "Lille");
		change.put("version", 0);
		Response updated = this.api.put("/api/v1/customers/" + id, change, this.rep);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("city").asString()).isEqualTo("Lille");
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);

		Response stale = this.api.put("/api/v1/customers/" + id, change, this.rep);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");

		change.remove("version");
		assertThat(this.api.put("/api/v1/customers/" + id, change, this.rep).status()).isEqualTo(428);
		Response withIfMatch = this.api.send("PUT", "/api/v1/customers/" + id, change, this.rep,
				Map.of("If-Match", "\"1\""));
		assertThat(withIfMatch.status()).isEqualTo(200);

		Response converted = this.api.post("/api/v1/customers/" + id + "/convert", Map.of(), this.rep);
		assertThat(converted.json().get("type").asString()).isEqualTo("CUSTOMER");
		assertThat(converted.json().get("convertedAt").isNull()).isFalse();

		assertThat(this.api.delete("/api/v1/customers/" + id, this.rep).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/customers/" + id, this.rep).status()).isEqualTo(404);
	}

	@Test
	void everyInvalidFieldIsNamedAndNothingIsStored() {
		long before = count();
		Map<String, Object> bad = new HashMap<>();
		bad.put("companyName", " ");
		bad.put("siren", "123456789");
		bad.put("email", "not-an-email");
		bad.put("phone", "12345");
		bad.put("postalCode", "7500");
		bad.put("country", "France");
		bad.put("city", "Lyon\u202Eevil");
		Response response = this.api.post("/api/v1/customers", bad, this.rep);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.errorFields()).containsExactlyInAnyOrder("companyName", "siren", "email", "phone",
				"postalCode", "country", "city");
		assertThat(count()).isEqualTo(before);

		Map<String, Object> longName = valid();
		longName.put("companyName", "x".repeat(161));
		assertThat(this.api.post("/api/v1/customers", longName, this.rep).errorFields()).containsExactly("companyName");

		Map<String, Object> extra = valid();
		extra.put("ownerName", "someone");
		Response unknown = this.api.post("/api/v1/customers", extra, this.rep);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("ownerName");
		assertThat(this.api.post("/api/v1/customers", "{\"companyName\": 12", this.rep).status()).isEqualTo(400);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void htmlIsKeptAsPlainText() {
		Map<String, Object> body = valid();
		body.put("companyName", "<script>alert('x')</script> SARL");
		Response created = this.api.post("/api/v1/customers", body, this.rep);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("companyName").asString()).isEqualTo("<script>alert('x')</script> SARL");
		assertThat(created.header("Content-Type")).startsWith("application/json");
		this.api.delete("/api/v1/customers/" + created.json().get("id").asLong(), this.rep);
	}

	@Test
	void aManagerNamesTheOwnerAndReassigns() {
		Map<String, Object> body = valid();
		Response missingOwner = this.api.post("/api/v1/customers", body, this.manager);
		assertThat(missingOwner.status()).isEqualTo(422);
		assertThat(missingOwner.errorFields()).containsExactly("ownerId");
		body.put("ownerId", userId(DemoAccounts.MANAGER));
		assertThat(this.api.post("/api/v1/customers", body, this.manager).errorFields()).containsExactly("ownerId");
		body.put("ownerId", userId(DemoAccounts.OTHER_REP));
		Response created = this.api.post("/api/v1/customers", body, this.manager);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(this.api.get("/api/v1/customers/" + id, this.rep).status()).isEqualTo(404);
		Response reassigned = this.api.post("/api/v1/customers/" + id + "/reassign",
				Map.of("salesRepId", userId(DemoAccounts.REP)), this.manager);
		assertThat(reassigned.json().get("ownerId").asLong()).isEqualTo(userId(DemoAccounts.REP));
		assertThat(this.api.get("/api/v1/customers/" + id, this.rep).status()).isEqualTo(200);
		assertThat(this.api
			.post("/api/v1/customers/" + id + "/reassign", Map.of("salesRepId", userId(DemoAccounts.OTHER_REP)),
					this.rep)
			.status()).isEqualTo(403);
		this.api.delete("/api/v1/customers/" + id, this.manager);
	}

	@Test
	void aCustomerWithHistoryCannotBeDeleted() {
		long withInvoices = this.jdbc.sql("SELECT MIN(customer_id) FROM invoices").query(Long.class).single();
		Response refused = this.api.delete("/api/v1/customers/" + withInvoices, this.manager);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("customer-has-history");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM customers WHERE id = ?")
			.param(withInvoices)
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM contacts WHERE customer_id = ?")
			.param(withInvoices)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void anotherRepsCustomerAnswers404OverHttp() {
		long other = this.jdbc.sql("SELECT MIN(id) FROM customers WHERE owner_id = ?")
			.param(userId(DemoAccounts.OTHER_REP))
			.query(Long.class)
			.single();
		assertThat(this.api.get("/api/v1/customers/" + other, this.rep).status()).isEqualTo(404);
		Map<String, Object> change = valid();
		change.put("version", 0);
		assertThat(this.api.put("/api/v1/customers/" + other, change, this.rep).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/customers/" + other, this.rep).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/customers/" + other + "/contacts", this.rep).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/customers/999999", this.rep).json().get("code").asString())
			.isEqualTo("not-found");
	}

	@Test
	void contactsAreManagedUnderTheirCustomer() {
		long id = this.api.post("/api/v1/customers", valid(), this.rep).json().get("id").asLong();
		Map<String, Object> contact = new HashMap<>(Map.of("firstName", "Anne", "lastName", "Roy", "jobTitle",
				"Gérante", "email", "anne.roy@example.fr", "phone", "+33 6 12 34 56 78"));
		Response created = this.api.post("/api/v1/customers/" + id + "/contacts", contact, this.rep);
		assertThat(created.status()).isEqualTo(201);
		long contactId = created.json().get("id").asLong();
		assertThat(this.api.get("/api/v1/customers/" + id + "/contacts", this.rep).json()).hasSize(1);
		contact.put("jobTitle", "Directrice");
		contact.put("version", 0);
		Response updated = this.api.put("/api/v1/customers/" + id + "/contacts/" + contactId, contact, this.rep);
		assertThat(updated.json().get("jobTitle").asString()).isEqualTo("Directrice");
		contact.put("phone", "abc");
		assertThat(this.api.put("/api/v1/customers/" + id + "/contacts/" + contactId, contact, this.rep).errorFields())
			.containsExactly("phone");
		assertThat(this.api.get("/api/v1/customers/" + id + "/contacts/999999", this.rep).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/customers/" + id + "/contacts/" + contactId, this.rep).status())
			.isEqualTo(204);
		this.api.delete("/api/v1/customers/" + id, this.rep);
	}

	@Test
	void errorsSpeakEnglishOnRequest() {
		Response response = this.api.send("GET", "/api/v1/customers/999999", null, this.rep,
				Map.of("Accept-Language", "en"));
		assertThat(response.json().get("title").asString()).isEqualTo("Not found");
		Response bad = this.api.send("POST", "/api/v1/customers", Map.of("companyName", ""), this.rep,
				Map.of("Accept-Language", "en-GB"));
		assertThat(bad.json().get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
		Response french = this.api.post("/api/v1/customers", Map.of("companyName", ""), this.rep);
		assertThat(french.json().get("errors").get(0).get("message").asString()).isEqualTo("ne doit pas être vide");
	}

	private static Map<String, Object> valid() {
		Map<String, Object> body = new HashMap<>();
		body.put("companyName", "Boulangerie Test");
		body.put("siren", "732829320");
		body.put("email", "contact@boulangerie-test.fr");
		body.put("phone", "04 78 12 34 56");
		body.put("addressLine", "3 rue de la Paix");
		body.put("postalCode", "69002");
		body.put("city", "Lyon");
		return body;
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
	}

	private long userId(String username) {
		return this.jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
