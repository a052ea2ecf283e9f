package fr.infotools.testsupport;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instant column holds, checked the same way on every database: the instant's
 * date and time in UTC, to the microsecond, and the same instant when read back.
 */
public final class InstantColumns {

	private InstantColumns() {
	}

	public static void assertStoredAsUtcDateTime(JdbcClient jdbc, Customers customers, Actors actors) {
		long rep = actors.user(DemoAccounts.REP).id();
		Customer created = actors.as(DemoAccounts.MANAGER, () -> customers.create(CustomerType.PROSPECT,
				new CustomerDetails("Horodatage SARL", null, null, null, null, null, "Lyon", "FR", null), rep));
		String stored = jdbc.sql("SELECT TRIM(CAST(created_at AS CHAR(30))) FROM customers WHERE id = ?")
			.param(created.getId())
			.query(String.class)
			.single();
		LocalDateTime utc = LocalDateTime.ofInstant(created.getCreatedAt(), ZoneOffset.UTC);
		assertThat(stored).startsWith(utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
		assertThat(LocalDateTime.parse(stored.replace(' ', 'T'))).isEqualTo(utc);
		Customer read = actors.as(DemoAccounts.MANAGER, () -> customers.get(created.getId()));
		assertThat(read.getCreatedAt()).isEqualTo(created.getCreatedAt());
		actors.run(DemoAccounts.MANAGER, () -> customers.delete(created.getId()));
	}

}
