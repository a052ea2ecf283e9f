package fr.infotools.shared;

import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.InstantColumns;
import fr.infotools.testsupport.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instants go through {@link UtcDateTimeJdbcType}, and it stores them as their UTC date
 * and time (the MariaDB side is in {@code MariaDbIntegrationTests}).
 */
@IntegrationTest
class InstantColumnsTests {

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Customers customers;

	@Autowired
	Actors actors;

	@Test
	void everyInstantAttributeIsReadAndWrittenByTheUtcDateTimeType() {
		var metamodel = this.entityManagers.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
		assertThat(metamodel.getEntityDescriptor(Customer.class)
			.findAttributeMapping("createdAt")
			.getSingleJdbcMapping()
			.getJdbcType()).isInstanceOf(UtcDateTimeJdbcType.class);
		assertThat(metamodel.getEntityDescriptor(fr.infotools.appointment.Appointment.class)
			.findAttributeMapping("startAt")
			.getSingleJdbcMapping()
			.getJdbcType()).isInstanceOf(UtcDateTimeJdbcType.class);
	}

	@Test
	void anInstantIsStoredAsItsUtcDateTime() {
		InstantColumns.assertStoredAsUtcDateTime(this.jdbc, this.customers, this.actors);
	}

}
