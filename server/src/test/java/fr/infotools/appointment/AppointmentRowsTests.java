package fr.infotools.appointment;

import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The upcoming appointments' read model on the embedded database (MariaDbIntegrationTests
 * runs the same check on MariaDB).
 */
@IntegrationTest
class AppointmentRowsTests {

	@Autowired
	ApplicationContext context;

	@Test
	void upcomingRowsAreTheRepsPlannedAppointmentsNotOverSoonestFirst() {
		UpcomingRowsCheck.assertUpcomingRule(this.context);
	}

}
