package fr.infotools.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * What a bulk load does differently on MariaDB and on H2: switching the checks off while
 * it writes rows it knows to be consistent, and what the database needs afterwards.
 */
enum DatabaseVendor {

	MARIADB {
		@Override
		void relaxChecks(Connection connection) throws SQLException {
			execute(connection, "SET SESSION foreign_key_checks = 0", "SET SESSION unique_checks = 0");
		}

		@Override
		void restoreChecks(Connection connection) throws SQLException {
			execute(connection, "SET SESSION foreign_key_checks = 1", "SET SESSION unique_checks = 1");
		}

		@Override
		void afterLoad(Connection connection, List<String> tables) throws SQLException {
			analyze(connection, tables);
		}

		/** Fresh index statistics, so that the first plans are the right ones. */
		@Override
		void analyze(Connection connection, List<String> tables) throws SQLException {
			execute(connection, "ANALYZE TABLE " + String.join(", ", tables));
		}
	},

	H2 {
		@Override
		void relaxChecks(Connection connection) throws SQLException {
			execute(connection, "SET REFERENTIAL_INTEGRITY FALSE");
		}

		@Override
		void restoreChecks(Connection connection) throws SQLException {
			execute(connection, "SET REFERENTIAL_INTEGRITY TRUE");
		}

		/**
		 * H2 does not move an identity column past ids given explicitly: the next insert
		 * would reuse id 1.
		 */
		@Override
		void afterLoad(Connection connection, List<String> tables) throws SQLException {
			for (String table : tables) {
				long next;
				try (Statement statement = connection.createStatement();
						var rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
					rs.next();
					next = rs.getLong(1);
				}
				execute(connection, "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
			}
		}
	};

	abstract void relaxChecks(Connection connection) throws SQLException;

	abstract void restoreChecks(Connection connection) throws SQLException;

	abstract void afterLoad(Connection connection, List<String> tables) throws SQLException;

	/** Index statistics after a bulk load; H2 keeps none worth refreshing. */
	void analyze(Connection connection, List<String> tables) throws SQLException {
	}

	static DatabaseVendor of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("h2")) {
			return H2;
		}
		if (product.contains("mariadb") || product.contains("mysql")) {
			return MARIADB;
		}
		throw new IllegalStateException("The benchmark dataset loads into MariaDB/MySQL or H2, not " + product);
	}

	private static void execute(Connection connection, String... statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
