package fr.infotools.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own on the MariaDB server at 127.0.0.1:3306 (root, no password) for
 * one test class, dropped afterwards. Declare it before the Spring test annotations so
 * that it is dropped after the Spring context closes. When no MariaDB answers, the tests
 * are skipped, unless the system property {@code infotools.require-mariadb} is true (as
 * in CI): then they fail.
 */
public class ThrowawayMariaDb implements BeforeAllCallback, AfterAllCallback {

	private static final String SERVER = System.getProperty("infotools.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");

	private static final String USER = System.getProperty("infotools.mariadb.user", "root");

	private static final String PASSWORD = System.getProperty("infotools.mariadb.password", "");

	private static String database;

	public static String url() {
		return SERVER + database;
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws SQLException {
		database = "infotools_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			if (Boolean.getBoolean("infotools.require-mariadb")) {
				throw new IllegalStateException(
						"MariaDB is required for these tests but " + SERVER + " cannot be reached: " + ex.getMessage(),
						ex);
			}
			Assumptions.abort("No MariaDB at " + SERVER + " (" + ex.getMessage() + "): MariaDB tests skipped");
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		if (database == null) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
		}
		catch (SQLException ex) {
			if (Boolean.getBoolean("infotools.require-mariadb")) {
				throw ex;
			}
		}
		finally {
			database = null;
		}
	}

}
