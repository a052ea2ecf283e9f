package fr.infotools.perf.baseline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The baseline on an embedded database with the server's own schema: it checks tokens as
 * the server does, scopes a rep to their own records, and answers in the server's shapes.
 */
class BaselineServerTests {

	static final String SECRET = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static final String URL = "jdbc:h2:mem:baseline;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
			+ "IGNORECASE=TRUE;DB_CLOSE_DELAY=-1";

	static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

	static Connection keepAlive;

	static BaselineServer server;

	static HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		keepAlive = DriverManager.getConnection(URL, "sa", "");
		try (Statement statement = keepAlive.createStatement()) {
			String schema = Files
				.readString(Path.of("../server/src/main/resources/db/migration/common/V1__data_model.sql"));
			for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
			statement.execute("""
					INSERT INTO users (id, username, display_name, role, created_at, updated_at) VALUES
					  (1, 'boss', 'Marie Martin', 'MANAGER', NOW(), NOW()),
					  (2, 'rep', 'Jean Dupont', 'SALES', NOW(), NOW()),
					  (3, 'other', 'Sophie Leroy', 'SALES', NOW(), NOW())""");
			statement.execute(
					"""
							INSERT INTO customers (id, type, company_name, owner_id, converted_at, created_at, updated_at, city) VALUES
							  (10, 'CUSTOMER', 'Boulangerie Martin', 2, '2026-01-02 10:00:00', '2026-01-01 10:00:00', '2026-01-01 10:00:00', 'Lyon'),
							  (11, 'PROSPECT', 'Boucherie "Le Roi"', 2, NULL, '2026-01-01 10:00:00', '2026-01-01 10:00:00', NULL),
							  (12, 'CUSTOMER', 'Boulangerie Voisine', 3, NULL, '2026-01-01 10:00:00', '2026-01-01 10:00:00', NULL),
							  (13, 'CUSTOMER', 'Garage Central', 2, NULL, '2026-01-01 10:00:00', '2026-01-01 10:00:00', NULL)""");
			statement.execute("""
					INSERT INTO contacts (id, customer_id, first_name, last_name, created_at, updated_at) VALUES
					  (20, 10, 'Léa', 'Moreau', NOW(), NOW())""");
			statement.execute(
					"""
							INSERT INTO appointments (id, sales_rep_id, customer_id, contact_id, start_at, end_at, subject, status, created_at, updated_at) VALUES
							  (30, 2, 10, 20, '2026-11-28 08:30:00', '2026-11-28 09:30:00', 'En cours', 'PLANNED', NOW(), NOW()),
							  (31, 2, 13, NULL, '2026-12-01 10:00:00', '2026-12-01 11:00:00', 'Démonstration', 'PLANNED', NOW(), NOW()),
							  (32, 2, 10, NULL, '2026-11-27 10:00:00', '2026-11-27 11:00:00', 'Passé', 'DONE', NOW(), NOW()),
							  (33, 2, 10, NULL, '2026-12-02 10:00:00', '2026-12-02 11:00:00', 'Annulé', 'CANCELLED', NOW(), NOW()),
							  (34, 3, 12, NULL, '2026-12-01 10:00:00', '2026-12-01 11:00:00', 'Autre', 'PLANNED', NOW(), NOW())""");
			statement.execute(
					"""
							INSERT INTO products (id, sku, name, category, unit_price_excl_vat, purchase_cost, vat_rate, created_at, updated_at) VALUES
							  (40, 'SRV-1', 'Serveur', 'SERVER', 1000.00, 700.00, 20.00, NOW(), NOW())""");
			statement.execute(
					"""
							INSERT INTO invoices (id, kind, number, status, customer_id, sales_rep_id, issue_date, due_date,
							  total_excl_vat, total_vat, total_incl_vat, amount_paid, created_at, updated_at) VALUES
							  (50, 'INVOICE', 'FA-2026-00001', 'ISSUED', 10, 2, '2026-10-01', '2026-10-31', 2000.00, 400.00, 2400.00, 400.00, NOW(), NOW()),
							  (51, 'CREDIT_NOTE', 'AV-2026-00001', 'ISSUED', 10, 2, '2026-10-05', '2026-11-04', 1000.00, 200.00, 1200.00, 0, NOW(), NOW()),
							  (52, 'INVOICE', NULL, 'DRAFT', 10, 2, NULL, NULL, 5000.00, 1000.00, 6000.00, 0, NOW(), NOW())""");
			statement.execute(
					"""
							INSERT INTO invoice_lines (id, invoice_id, line_no, product_id, description, quantity, unit_price_excl_vat,
							  vat_rate, unit_cost, net_amount, created_at, updated_at) VALUES
							  (60, 50, 1, 40, 'Serveur', 2, 1000.00, 20.00, 700.00, 2000.00, NOW(), NOW()),
							  (61, 51, 1, 40, 'Serveur', 1, 1000.00, 20.00, 700.00, 1000.00, NOW(), NOW()),
							  (62, 52, 1, 40, 'Serveur', 5, 1000.00, 20.00, 700.00, 5000.00, NOW(), NOW())""");
		}
		server = new BaselineServer(0, new ConnectionPool(URL, "sa", "", 2), new AccessToken(SECRET),
				Clock.fixed(NOW, ZoneOffset.UTC), Executors.newFixedThreadPool(4));
	}

	@AfterAll
	static void stop() throws SQLException {
		server.close();
		keepAlive.close();
	}

	@Test
	void refusesMissingForgedAndExpiredTokens() throws Exception {
		assertThat(get("/api/v1/appointments/upcoming", null).statusCode()).isEqualTo(401);
		String forged = token(2, "SALES", NOW.plusSeconds(600)).replaceAll(".$", "A");
		assertThat(get("/api/v1/appointments/upcoming", forged).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/appointments/upcoming", token(2, "SALES", NOW.minusSeconds(1))).statusCode())
			.isEqualTo(401);
		assertThat(get("/api/v1/appointments/upcoming", "Bearer not-a-jwt").statusCode()).isEqualTo(401);
	}

	@Test
	void upcomingIsTheRepsPlannedAppointmentsNotOverYetSoonestFirst() throws Exception {
		HttpResponse<String> response = get("/api/v1/appointments/upcoming", token(2, "SALES", NOW.plusSeconds(600)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[{\"id\":30,\"salesRepId\":2,\"salesRepName\":\"Jean Dupont\","
				+ "\"customerId\":10,\"customerName\":\"Boulangerie Martin\",\"contactId\":20,\"contactName\":\"Léa Moreau\","
				+ "\"startAt\":\"2026-11-28T08:30:00Z\",\"endAt\":\"2026-11-28T09:30:00Z\",\"place\":null,"
				+ "\"subject\":\"En cours\",\"notes\":null,\"status\":\"PLANNED\",\"requestId\":null,"
				+ "\"createdAt\":" + "\"" + createdAt(30) + "\",\"updatedAt\":\"" + createdAt(30) + "\",\"version\":0},"
				+ "{\"id\":31,\"salesRepId\":2,\"salesRepName\":\"Jean Dupont\",\"customerId\":13,"
				+ "\"customerName\":\"Garage Central\",\"contactId\":null,\"contactName\":null,"
				+ "\"startAt\":\"2026-12-01T10:00:00Z\",\"endAt\":\"2026-12-01T11:00:00Z\",\"place\":null,"
				+ "\"subject\":\"Démonstration\",\"notes\":null,\"status\":\"PLANNED\",\"requestId\":null,"
				+ "\"createdAt\":\"" + createdAt(31) + "\",\"updatedAt\":\"" + createdAt(31) + "\",\"version\":0}]");
		assertThat(get("/api/v1/appointments/upcoming?limit=1", token(2, "SALES", NOW.plusSeconds(600))).body())
			.startsWith("[{\"id\":30,")
			.doesNotContain("\"id\":31");
		assertThat(get("/api/v1/appointments/upcoming?limit=0", token(2, "SALES", NOW.plusSeconds(600))).statusCode())
			.isEqualTo(400);
	}

	@Test
	void searchPagesTheRepsOwnCustomersByNamePrefixWithEscapedText() throws Exception {
		String rep = token(2, "SALES", NOW.plusSeconds(600));
		String body = get("/api/v1/customers?q=Bou&size=1", rep).body();
		assertThat(body)
			.startsWith("{\"items\":[{\"id\":11,\"type\":\"PROSPECT\",\"companyName\":\"Boucherie \\\"Le Roi\\\"\"")
			.endsWith("],\"page\":0,\"size\":1,\"totalItems\":2,\"totalPages\":2}")
			.contains("\"ownerId\":2,\"ownerName\":\"Jean Dupont\"")
			.doesNotContain("Voisine");
		assertThat(get("/api/v1/customers?q=Bou&page=1&size=1", rep).body()).contains("\"id\":10,")
			.contains("\"convertedAt\":\"2026-01-02T10:00:00Z\"");
		assertThat(get("/api/v1/customers?q=Bou", token(1, "MANAGER", NOW.plusSeconds(600))).body())
			.contains("\"totalItems\":3");
		assertThat(get("/api/v1/customers?q=%25", rep).body()).contains("\"totalItems\":0");
	}

	@Test
	void purchasesNetCreditNotesAndLeaveOutDrafts() throws Exception {
		HttpResponse<String> response = get("/api/v1/customers/10/purchases", token(2, "SALES", NOW.plusSeconds(600)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.startsWith("{\"customerId\":10,\"companyName\":\"Boulangerie Martin\",\"invoices\":[")
			.contains("{\"id\":51,\"kind\":\"CREDIT_NOTE\",\"number\":\"AV-2026-00001\"")
			.contains("\"amountDue\":2000.00,\"overdue\":true}")
			.contains(
					"\"years\":[{\"year\":2026,\"invoices\":1,\"creditNotes\":1,\"totalExclVat\":1000.00,\"totalInclVat\":1200.00}]")
			.contains(
					"\"products\":[{\"productId\":40,\"sku\":\"SRV-1\",\"name\":\"Serveur\",\"quantity\":1,\"amountExclVat\":1000.00}]")
			.endsWith(
					"\"totalExclVat\":1000.00,\"totalInclVat\":1200.00,\"amountDue\":2000.00,\"overdueAmount\":2000.00}")
			.doesNotContain("\"id\":52");
	}

	@Test
	void anotherRepsCustomerDoesNotExistButAManagerSeesIt() throws Exception {
		assertThat(get("/api/v1/customers/12/purchases", token(2, "SALES", NOW.plusSeconds(600))).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/v1/customers/12/purchases", token(1, "MANAGER", NOW.plusSeconds(600))).statusCode())
			.isEqualTo(200);
		assertThat(get("/api/v1/unknown", token(2, "SALES", NOW.plusSeconds(600))).statusCode()).isEqualTo(404);
	}

	@Test
	void optionsNeedTheDatabaseAndTakeValues() {
		assertThat(BaselineServer.options(new String[] { "--jdbc-url", "jdbc:x", "--port", "1" })).containsEntry("port",
				"1");
		assertThatIllegalArgumentException().isThrownBy(() -> BaselineServer.options(new String[] { "--port", "1" }));
		assertThatIllegalArgumentException().isThrownBy(() -> BaselineServer.options(new String[] { "port" }));
	}

	private static String createdAt(long appointment) throws SQLException {
		try (Statement statement = keepAlive.createStatement();
				var rs = statement.executeQuery("SELECT created_at FROM appointments WHERE id = " + appointment)) {
			rs.next();
			return rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
		}
	}

	private static HttpResponse<String> get(String path, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
		if (authorization != null) {
			request.header("Authorization",
					authorization.startsWith("Bearer") ? authorization : "Bearer " + authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A token shaped as the server issues them. */
	static String token(long userId, String role, Instant expires) throws Exception {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
		String claims = base64
			.encodeToString(("{\"iss\":\"infotools\",\"sub\":\"someone\",\"uid\":" + userId + ",\"role\":\"" + role
					+ "\",\"sid\":\"s\",\"exp\":" + expires.truncatedTo(ChronoUnit.SECONDS).getEpochSecond() + "}")
				.getBytes(StandardCharsets.UTF_8));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET), "HmacSHA256"));
		String signature = base64
			.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
		return header + "." + claims + "." + signature;
	}

}
