package fr.infotools.persistence;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps working once the pool has replaced the connections that
 * created the schema, as it does after half an hour (the pool's maximum lifetime). H2
 * 2.4.240 tied each CHECK ... IN constraint to the connection that created it: every
 * insert failed once that connection was closed.
 */
@IntegrationTest
class EmbeddedDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Customers customers;

	@Autowired
	Actors actors;

	@Test
	void checkConstraintsStillWorkAfterThePoolReplacedItsConnections() throws SQLException {
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

		long id = this.actors.as(DemoAccounts.REP,
				() -> this.customers
					.create(CustomerType.PROSPECT,
							new CustomerDetails("Après recyclage du pool", null, null, null, null, null, "Lyon", "FR",
									null),
							null)
					.getId());

		assertThat(this.actors.as(DemoAccounts.REP, () -> this.customers.get(id).getCompanyName()))
			.isEqualTo("Après recyclage du pool");
	}

}
