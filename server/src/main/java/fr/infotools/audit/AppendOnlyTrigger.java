package fr.infotools.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard of the audit trail (MariaDB has its own triggers):
 * refuses any update or delete of an audit row.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_log is append-only: " + ((newRow != null) ? "UPDATE" : "DELETE") + " refused",
				"45000");
	}

}
