package fr.infotools.perf.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An in-memory H2 database in the server's MariaDB mode with the server's own schema (its
 * first Flyway migration, run statement by statement) and a small known dataset. "Now" is
 * {@link #NOW}.
 */
final class TestDatabase implements AutoCloseable {

	static final String SCHEMA = "../server/src/main/resources/db/migration/common/V1__data_model.sql";

	static final java.time.Instant NOW = java.time.Instant.parse("2026-11-28T09:00:00Z");

	final String url;

	/** Keeps the in-memory database alive and lets tests change rows. */
	final Connection connection;

	private TestDatabase(String name) throws SQLException {
		this.url = "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "IGNORECASE=TRUE";
		this.connection = DriverManager.getConnection(this.url, "sa", "");
	}

	/** A database with no table at all. */
	static TestDatabase empty(String name) throws SQLException {
		return new TestDatabase(name);
	}

	static TestDatabase withData(String name) throws SQLException, IOException {
		TestDatabase database = new TestDatabase(name);
		database.execute(Files.readString(Path.of(SCHEMA)).replaceAll("(?m)^\\s*--.*$", "").split(";\\s*\\n"));
		database.execute("""
				INSERT INTO users (id, username, display_name, role, created_at, updated_at) VALUES
				  (1, 'boss', 'Marie Martin', 'MANAGER', NOW(), NOW()),
				  (2, 'rep', 'Jean Dupont', 'SALES', NOW(), NOW()),
				  (3, 'other', 'Sophie Leroy', 'SALES', NOW(), NOW())""", """
				INSERT INTO auth_sessions (id, user_id, created_at, expires_at, revoked_at) VALUES
				  ('s-boss', 1, '2026-11-01 00:00:00', '2026-12-31 00:00:00', NULL),
				  ('s-rep', 2, '2026-11-01 00:00:00', '2026-12-31 00:00:00', NULL),
				  ('s-other', 3, '2026-11-01 00:00:00', '2026-12-31 00:00:00', NULL),
				  ('s-revoked', 2, '2026-11-01 00:00:00', '2026-12-31 00:00:00', '2026-11-27 00:00:00'),
				  ('s-ended', 2, '2026-10-01 00:00:00', '2026-11-28 08:00:00', NULL)""", """
				INSERT INTO customers (id, type, company_name, siren, email, phone, address_line, postal_code, city,
				  country, notes, owner_id, converted_at, created_at, updated_at, version) VALUES
				  (10, 'CUSTOMER', 'Boulangerie Martin', '123456789', 'contact@martin.example', '04 72 00 00 00',
				   '1 rue du Four', '69002', 'Lyon', 'FR', 'Livraison le matin', 2, '2026-01-02 10:00:00',
				   '2026-01-01 10:00:00.5', '2026-03-04 05:06:07.123456', 3)""", """
				INSERT INTO customers (id, type, company_name, owner_id, created_at, updated_at) VALUES
				  (11, 'PROSPECT', 'Boucherie "Le Roi"', 2, '2026-01-01 10:00:00', '2026-01-01 10:00:00'),
				  (12, 'CUSTOMER', 'Boulangerie Voisine', 3, '2026-01-01 10:00:00', '2026-01-01 10:00:00'),
				  (13, 'CUSTOMER', 'Garage Central', 2, '2026-01-01 10:00:00', '2026-01-01 10:00:00'),
				  (14, 'PROSPECT', 'Boulangerie Martin', 2, '2026-01-01 10:00:00', '2026-01-01 10:00:00')""", """
				INSERT INTO contacts (id, customer_id, first_name, last_name, created_at, updated_at) VALUES
				  (20, 10, 'Léa', 'Moreau ', NOW(), NOW()),
				  (21, 12, 'Paul', 'Voisin', NOW(), NOW())""", """
				INSERT INTO appointments (id, sales_rep_id, customer_id, contact_id, start_at, end_at, place, subject,
				  notes, status, created_at, updated_at, version) VALUES
				  (30, 2, 10, 20, '2026-11-28 08:30:00', '2026-11-28 09:30:00', 'Lyon', 'En cours',
				   'Apporter "le" devis' || CHAR(10) || 'et la démo', 'PLANNED', '2026-11-01 10:00:00.123456',
				   '2026-11-02 10:00:00', 2),
				  (31, 2, 13, NULL, '2026-12-01 10:00:00', '2026-12-01 11:00:00', NULL, 'Démonstration', NULL,
				   'PLANNED', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0),
				  (32, 2, 10, NULL, '2026-11-27 10:00:00', '2026-11-27 11:00:00', NULL, 'Passé', NULL, 'DONE',
				   '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0),
				  (33, 2, 10, NULL, '2026-12-02 10:00:00', '2026-12-02 11:00:00', NULL, 'Annulé', NULL, 'CANCELLED',
				   '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0),
				  (34, 3, 12, NULL, '2026-12-01 10:00:00', '2026-12-01 11:00:00', NULL, 'Autre', NULL, 'PLANNED',
				   '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0),
				  (35, 2, 12, 21, '2026-12-03 10:00:00', '2026-12-03 11:00:00', NULL, 'Ancien client', NULL,
				   'PLANNED', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0),
				  (36, 2, 10, NULL, '2026-11-28 07:00:00', '2026-11-28 08:00:00', NULL, 'Fini', NULL, 'PLANNED',
				   '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0),
				  (37, 1, 12, 21, '2026-12-04 10:00:00', '2026-12-04 11:00:00', NULL, 'Visite', NULL, 'PLANNED',
				   '2026-11-01 10:00:00', '2026-11-01 10:00:00', 0)""", """
				INSERT INTO products (id, sku, name, category, unit_price_excl_vat, purchase_cost, vat_rate, created_at,
				  updated_at) VALUES
				  (40, 'SRV-1', 'Serveur', 'SERVER', 1000.00, 700.00, 20.00, NOW(), NOW()),
				  (41, 'LOG-1', 'Logiciel', 'SOFTWARE', 1500.00, 0.00, 20.00, NOW(), NOW())""",
				"""
						INSERT INTO invoices (id, kind, number, status, customer_id, sales_rep_id, credited_invoice_id,
						  issue_date, due_date, total_excl_vat, total_vat, total_incl_vat, amount_paid, amount_credited,
						  created_at, updated_at) VALUES
						  (50, 'INVOICE', 'FA-2025-00001', 'ISSUED', 10, 2, NULL, '2025-12-15', '2026-01-14',
						   2000.00, 400.00, 2400.00, 400.00, 1200.00, NOW(), NOW()),
						  (51, 'CREDIT_NOTE', 'AV-2026-00001', 'ISSUED', 10, 2, 50, '2026-10-05', '2026-11-04',
						   1000.00, 200.00, 1200.00, 0, 0, NOW(), NOW()),
						  (52, 'INVOICE', NULL, 'DRAFT', 10, 2, NULL, NULL, NULL, 5000.00, 1000.00, 6000.00, 0, 0, NOW(), NOW()),
						  (53, 'INVOICE', 'FA-2026-00002', 'PAID', 10, 2, NULL, '2026-11-20', '2026-12-20',
						   1500.00, 300.00, 1800.00, 1800.00, 0, NOW(), NOW())""",
				"""
						INSERT INTO invoice_lines (id, invoice_id, line_no, product_id, description, quantity,
						  unit_price_excl_vat, vat_rate, unit_cost, net_amount, created_at, updated_at) VALUES
						  (60, 50, 1, 40, 'Serveur', 2, 1000.00, 20.00, 700.00, 2000.00, NOW(), NOW()),
						  (61, 51, 1, 40, 'Serveur', 1, 1000.00, 20.00, 700.00, 1000.00, NOW(), NOW()),
						  (62, 52, 1, 41, 'Logiciel', 5, 1000.00, 20.00, 0.00, 5000.00, NOW(), NOW()),
						  (63, 53, 1, 41, 'Logiciel', 1, 1500.00, 20.00, 0.00, 1500.00, NOW(), NOW())""");
		return database;
	}

	void execute(String... statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
	}

	ConnectionPool pool(int size) throws SQLException {
		return new ConnectionPool(this.url, "sa", "", size);
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
