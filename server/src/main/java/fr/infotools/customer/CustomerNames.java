package fr.infotools.customer;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names lists show for customers and contacts, in plain SQL: a list of a hundred
 * appointments names a hundred of each, and an IN list that long costs Hibernate more to
 * translate than the database to answer.
 */
@Repository
class CustomerNames {

	private final JdbcClient jdbc;

	CustomerNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The names of the given customers, of one owner when given. */
	List<IdName> customers(Collection<Long> ids, Long ownerId) {
		return this.jdbc
			.sql("SELECT id, company_name FROM customers WHERE id IN (:ids)"
					+ ((ownerId != null) ? " AND owner_id = :owner" : ""))
			.param("ids", ids)
			.param("owner", ownerId)
			.query((rs, row) -> new IdName(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The full names of the given contacts, of one owner's customers when given. */
	List<IdName> contacts(Collection<Long> ids, Long ownerId) {
		return this.jdbc
			.sql("SELECT ct.id, ct.first_name, ct.last_name FROM contacts ct JOIN customers c ON c.id = ct.customer_id "
					+ "WHERE ct.id IN (:ids)" + ((ownerId != null) ? " AND c.owner_id = :owner" : ""))
			.param("ids", ids)
			.param("owner", ownerId)
			.query((rs, row) -> new IdName(rs.getLong(1), rs.getString(2) + " " + rs.getString(3)))
			.list();
	}

}
