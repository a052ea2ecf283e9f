package fr.infotools.perf.baseline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline over HTTP on the server's schema: it refuses what the server refuses,
 * limits a rep to their own records and answers in the server's JSON shapes.
 */
class BaselineServerTests {

	static TestDatabase database;

	static BaselineServer server;

	static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		database = TestDatabase.withData("baseline");
		ConnectionPool pool = database.pool(2);
		server = new BaselineServer(0, pool, new AccessTokens(TestTokens.SECRET),
				new Sessions(pool, Duration.ofSeconds(5)), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC),
				Executors.newFixedThreadPool(4));
	}

	@AfterAll
	static void stop() throws SQLException {
		server.close();
		database.close();
	}

	@Test
	void refusesWhatTheServerRefuses() throws Exception {
		String path = "/api/v1/appointments/upcoming";
		assertThat(get(path, null).statusCode()).isEqualTo(401);
		assertThat(get(path, "Basic cmVwOnB3").statusCode()).isEqualTo(401);
		assertThat(get(path, "not-a-jwt").statusCode()).isEqualTo(401);
		String token = TestTokens.rep();
		assertThat(
				get(path, token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA")).statusCode())
			.as("signature changed")
			.isEqualTo(401);
		String otherKey = TestTokens.token(2, "SALES", "s-rep", TestDatabase.NOW.plusSeconds(600))
			.replaceAll("\\.[^.]+$", "." + "A".repeat(43));
		assertThat(get(path, otherKey).statusCode()).as("another key's signature").isEqualTo(401);
		assertThat(get(path, TestTokens.token(2, "SALES", "s-rep", TestDatabase.NOW.minusSeconds(61))).statusCode())
			.as("expired over a minute ago")
			.isEqualTo(401);
		assertThat(get(path, TestTokens.token(2, "SALES", "s-revoked", TestDatabase.NOW.plusSeconds(600))).statusCode())
			.as("session revoked")
			.isEqualTo(401);
		assertThat(get(path, TestTokens.token(2, "SALES", "s-ended", TestDatabase.NOW.plusSeconds(600))).statusCode())
			.as("session over")
			.isEqualTo(401);
		assertThat(get(path, TestTokens.token(2, "SALES", "s-unknown", TestDatabase.NOW.plusSeconds(600))).statusCode())
			.as("no such session")
			.isEqualTo(401);
		HttpResponse<String> refused = get("/api/v1/nowhere", null);
		assertThat(refused.statusCode()).as("401 before 404, as the server").isEqualTo(401);
		assertThat(refused.body()).isEqualTo(
				"{\"type\":\"urn:infotools:problem:unauthenticated\",\"title\":\"Unauthorized\",\"status\":401,\"code\":\"unauthenticated\"}");
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void acceptsATokenExpiredLessThanAMinuteAgoAsTheServerDoes() throws Exception {
		assertThat(get("/api/v1/appointments/upcoming",
				TestTokens.token(2, "SALES", "s-rep", TestDatabase.NOW.minusSeconds(59)))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void upcomingIsTheCallersPlannedAppointmentsNotOverYetSoonestFirst() throws Exception {
		HttpResponse<String> response = get("/api/v1/appointments/upcoming", TestTokens.rep());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(
				"[" + """
						{"id":30,"salesRepId":2,"salesRepName":"Jean Dupont","customerId":10,"customerName":"Boulangerie Martin",\
						"contactId":20,"contactName":"Léa Moreau","startAt":"2026-11-28T08:30:00Z","endAt":"2026-11-28T09:30:00Z",\
						"place":"Lyon","subject":"En cours","notes":"Apporter \\"le\\" devis\\net la démo","status":"PLANNED",\
						"requestId":null,"createdAt":"2026-11-01T10:00:00.123456Z","updatedAt":"2026-11-02T10:00:00Z","version":2},\
						{"id":31,"salesRepId":2,"salesRepName":"Jean Dupont","customerId":13,"customerName":"Garage Central",\
						"contactId":null,"contactName":null,"startAt":"2026-12-01T10:00:00Z","endAt":"2026-12-01T11:00:00Z",\
						"place":null,"subject":"Démonstration","notes":null,"status":"PLANNED","requestId":null,\
						"createdAt":"2026-11-01T10:00:00Z","updatedAt":"2026-11-01T10:00:00Z","version":0},\
						{"id":35,"salesRepId":2,"salesRepName":"Jean Dupont","customerId":12,"customerName":null,\
						"contactId":21,"contactName":null,"startAt":"2026-12-03T10:00:00Z","endAt":"2026-12-03T11:00:00Z",\
						"place":null,"subject":"Ancien client","notes":null,"status":"PLANNED","requestId":null,\
						"createdAt":"2026-11-01T10:00:00Z","updatedAt":"2026-11-01T10:00:00Z","version":0}"""
						+ "]");
	}

	@Test
	void upcomingNamesEveryCustomerForAManagerAndHonoursTheLimit() throws Exception {
		assertThat(get("/api/v1/appointments/upcoming", TestTokens.manager()).body())
			.startsWith("[{\"id\":37,\"salesRepId\":1,\"salesRepName\":\"Marie Martin\",\"customerId\":12,"
					+ "\"customerName\":\"Boulangerie Voisine\",\"contactId\":21,\"contactName\":\"Paul Voisin\",")
			.doesNotContain("},{");
		assertThat(get("/api/v1/appointments/upcoming?limit=1", TestTokens.rep()).body()).startsWith("[{\"id\":30,")
			.doesNotContain("\"id\":31");
		assertThat(get("/api/v1/appointments/upcoming?limit=", TestTokens.rep()).body()).contains("\"id\":35");
		assertThat(get("/api/v1/appointments/upcoming?limit=0", TestTokens.rep()).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/appointments/upcoming?limit=101", TestTokens.rep()).statusCode()).isEqualTo(422);
		HttpResponse<String> malformed = get("/api/v1/appointments/upcoming?limit=ten", TestTokens.rep());
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("\"code\":\"malformed-parameter\"");
	}

	@Test
	void searchIsAPageOfTheRepsOwnCustomersByNamePrefix() throws Exception {
		String rep = TestTokens.rep();
		assertThat(get("/api/v1/customers?q=boulangerie%20m&page=0&size=1", rep).body()).isEqualTo(
				"""
						{"items":[{"id":10,"type":"CUSTOMER","companyName":"Boulangerie Martin","siren":"123456789",\
						"email":"contact@martin.example","phone":"04 72 00 00 00","addressLine":"1 rue du Four",\
						"postalCode":"69002","city":"Lyon","country":"FR","notes":"Livraison le matin","ownerId":2,\
						"ownerName":"Jean Dupont","convertedAt":"2026-01-02T10:00:00Z","createdAt":"2026-01-01T10:00:00.500Z",\
						"updatedAt":"2026-03-04T05:06:07.123456Z","version":3}],"page":0,"size":1,"totalItems":2,"totalPages":2}""");
		String all = get("/api/v1/customers?q=Bou", rep).body();
		assertThat(all).as("name, then id")
			.containsSubsequence("\"id\":11,", "\"id\":10,", "\"id\":14,")
			.doesNotContain("Voisine")
			.endsWith("],\"page\":0,\"size\":20,\"totalItems\":3,\"totalPages\":1}");
		assertThat(get("/api/v1/customers?q=Bou&page=1&size=2", rep).body()).startsWith("{\"items\":[{\"id\":14,")
			.endsWith("}],\"page\":1,\"size\":2,\"totalItems\":3,\"totalPages\":2}");
		assertThat(get("/api/v1/customers?q=Bou&page=3&size=2", rep).body())
			.isEqualTo("{\"items\":[],\"page\":3,\"size\":2,\"totalItems\":3,\"totalPages\":2}");
		assertThat(get("/api/v1/customers", rep).body()).contains("\"totalItems\":4");
		assertThat(get("/api/v1/customers?q=%25", rep).body()).as("wildcards taken literally")
			.contains("\"totalItems\":0");
		assertThat(get("/api/v1/customers?q=Bou", TestTokens.manager()).body()).contains("Voisine")
			.contains("\"totalItems\":4");
	}

	@Test
	void searchRefusesBadPaging() throws Exception {
		String rep = TestTokens.rep();
		assertThat(get("/api/v1/customers?size=0", rep).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/customers?size=101", rep).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/customers?page=-1", rep).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/customers?page=x", rep).statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/customers?sort=city", rep).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/customers?sort=companyName,asc", rep).statusCode()).isEqualTo(200);
	}

	@Test
	void purchasesAreTheRecapNetOfCreditNotesWithoutDrafts() throws Exception {
		HttpResponse<String> response = get("/api/v1/customers/10/purchases", TestTokens.rep());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("""
				{"customerId":10,"companyName":"Boulangerie Martin","invoices":[\
				{"id":53,"kind":"INVOICE","number":"FA-2026-00002","status":"PAID","issueDate":"2026-11-20",\
				"dueDate":"2026-12-20","totalExclVat":1500.00,"totalVat":300.00,"totalInclVat":1800.00,\
				"amountPaid":1800.00,"amountDue":0.00,"overdue":false},\
				{"id":51,"kind":"CREDIT_NOTE","number":"AV-2026-00001","status":"ISSUED","issueDate":"2026-10-05",\
				"dueDate":"2026-11-04","totalExclVat":1000.00,"totalVat":200.00,"totalInclVat":1200.00,\
				"amountPaid":0.00,"amountDue":0.00,"overdue":false},\
				{"id":50,"kind":"INVOICE","number":"FA-2025-00001","status":"ISSUED","issueDate":"2025-12-15",\
				"dueDate":"2026-01-14","totalExclVat":2000.00,"totalVat":400.00,"totalInclVat":2400.00,\
				"amountPaid":400.00,"amountDue":800.00,"overdue":true}],\
				"years":[{"year":2025,"invoices":1,"creditNotes":0,"totalExclVat":2000.00,"totalInclVat":2400.00},\
				{"year":2026,"invoices":1,"creditNotes":1,"totalExclVat":500.00,"totalInclVat":600.00}],\
				"products":[{"productId":41,"sku":"LOG-1","name":"Logiciel","quantity":1,"amountExclVat":1500.00},\
				{"productId":40,"sku":"SRV-1","name":"Serveur","quantity":1,"amountExclVat":1000.00}],\
				"totalExclVat":2500.00,"totalInclVat":3000.00,"amountDue":800.00,"overdueAmount":800.00}""");
		assertThat(get("/api/v1/customers/13/purchases", TestTokens.rep()).body()).isEqualTo(
				"{\"customerId\":13,\"companyName\":\"Garage Central\",\"invoices\":[],\"years\":[],\"products\":[],"
						+ "\"totalExclVat\":0.00,\"totalInclVat\":0.00,\"amountDue\":0.00,\"overdueAmount\":0.00}");
	}

	@Test
	void anotherRepsCustomerIsNotFoundButAManagerSeesIt() throws Exception {
		HttpResponse<String> refused = get("/api/v1/customers/12/purchases", TestTokens.rep());
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("\"code\":\"not-found\"");
		assertThat(get("/api/v1/customers/12/purchases", TestTokens.manager()).body())
			.startsWith("{\"customerId\":12,\"companyName\":\"Boulangerie Voisine\",");
		assertThat(get("/api/v1/customers/999/purchases", TestTokens.manager()).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/customers/abc/purchases", TestTokens.rep()).statusCode()).isEqualTo(400);
	}

	@Test
	void unknownPathsAndMethods() throws Exception {
		assertThat(get("/api/v1/unknown", TestTokens.rep()).statusCode()).isEqualTo(404);
		assertThat(get("/index.html", null).statusCode()).isEqualTo(404);
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/v1/customers"))
			.header("Authorization", "Bearer " + TestTokens.rep())
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(405);
	}

	@Test
	void aDatabaseErrorIsA500WithAShortBody() throws Exception {
		try (TestDatabase empty = TestDatabase.empty("empty")) {
			ConnectionPool pool = empty.pool(1);
			BaselineServer broken = new BaselineServer(0, pool, new AccessTokens(TestTokens.SECRET),
					new Sessions(pool, Duration.ZERO), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC),
					Executors.newFixedThreadPool(1));
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port() + "/api/v1/customers"))
					.header("Authorization", "Bearer " + TestTokens.rep())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).isEqualTo("{\"type\":\"urn:infotools:problem:internal\","
					+ "\"title\":\"Internal Server Error\",\"status\":500,\"code\":\"internal\"}");
			broken.close();
		}
	}

	static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (token != null) {
			request.header("Authorization", token.contains(" ") ? token : "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + server.port() + path);
	}

}
