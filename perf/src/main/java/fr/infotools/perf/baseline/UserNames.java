package fr.infotools.perf.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Every user's display name, read at each request as the server's Users.displayNames
 * reads it (no cache there either), with the statement Hibernate sends for it.
 */
final class UserNames {

	static final String SQL = "select ua1_0.id,ua1_0.display_name from users ua1_0";

	private UserNames() {
	}

	static Map<Long, String> all(Connection connection) throws SQLException {
		Map<Long, String> names = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(SQL); ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				names.put(rs.getLong(1), rs.getString(2));
			}
		}
		return names;
	}

}
