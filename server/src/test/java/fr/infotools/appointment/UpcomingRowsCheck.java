package fr.infotools.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcoming appointments' SQL read model against the rule it implements, checked on
 * every database: a rep's planned appointments not over at a given instant, soonest
 * first, each value as the entity holds it. The instant lies years ahead, where only the
 * appointments recorded here can be.
 */
public final class UpcomingRowsCheck {

	private UpcomingRowsCheck() {
	}

	public static void assertUpcomingRule(ApplicationContext context) {
		Appointments appointments = context.getBean(Appointments.class);
		AppointmentRows rows = context.getBean(AppointmentRows.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Actors actors = context.getBean(Actors.class);
		long rep = actors.user(DemoAccounts.REP).id();
		long otherRep = actors.user(DemoAccounts.OTHER_REP).id();
		long customer = ownedCustomer(jdbc, rep);
		Long contact = jdbc.sql("SELECT MIN(id) FROM contacts WHERE customer_id = ?")
			.param(customer)
			.query(Long.class)
			.single();
		Instant now = Instant.now().plus(Duration.ofDays(4 * 365)).truncatedTo(ChronoUnit.HOURS).plusSeconds(7 * 60);

		List<Appointment> recorded = actors.as(DemoAccounts.MANAGER,
				() -> List.of(
						record(appointments, rep, customer, null, now.minusSeconds(3600), now.plusSeconds(3600), null,
								AppointmentStatus.PLANNED),
						record(appointments, rep, customer, contact, now.plusSeconds(7200), now.plusSeconds(9000),
								"Dans le bureau du directeur", AppointmentStatus.PLANNED),
						record(appointments, rep, customer, null, now.minusSeconds(4 * 3600), now.minusSeconds(7200),
								null, AppointmentStatus.PLANNED),
						record(appointments, rep, customer, null, now.plusSeconds(10_800), now.plusSeconds(12_600),
								null, AppointmentStatus.CANCELLED),
						record(appointments, rep, customer, null, now.minusSeconds(11 * 3600),
								now.minusSeconds(5 * 3600), null, AppointmentStatus.DONE),
						record(appointments, otherRep, ownedCustomer(jdbc, otherRep), null, now.plusSeconds(3600),
								now.plusSeconds(5400), null, AppointmentStatus.PLANNED)));
		try {
			List<AppointmentRow> expected = actors
				.as(DemoAccounts.MANAGER,
						() -> appointments.inPeriod(now.minus(Appointment.MAX_DURATION), now.plus(Duration.ofDays(60)),
								rep, Appointments.MAX_UPCOMING))
				.stream()
				.filter((a) -> a.getStatus() == AppointmentStatus.PLANNED && a.getEndAt().isAfter(now))
				.sorted(Comparator.comparing(Appointment::getStartAt).thenComparing(Appointment::getId))
				.map(AppointmentRow::of)
				.toList();

			List<AppointmentRow> read = rows.upcoming(rep, now, Appointments.MAX_UPCOMING);

			assertThat(read).isEqualTo(expected);
			assertThat(read).extracting(AppointmentRow::id)
				.startsWith(recorded.get(0).getId(), recorded.get(1).getId())
				.doesNotContain(recorded.get(2).getId(), recorded.get(3).getId(), recorded.get(4).getId(),
						recorded.get(5).getId());
			assertThat(read.get(1)).isEqualTo(AppointmentRow
				.of(actors.as(DemoAccounts.MANAGER, () -> appointments.get(recorded.get(1).getId()))));
			assertThat(read.get(1).contactId()).isEqualTo(contact);
			assertThat(read.get(0).contactId()).isNull();
			assertThat(rows.upcoming(rep, now, 1)).containsExactly(read.get(0));
			// over at the very instant it ends
			assertThat(rows.upcoming(rep, recorded.get(0).getEndAt(), 1)).extracting(AppointmentRow::id)
				.containsExactly(recorded.get(1).getId());
		}
		finally {
			actors.run(DemoAccounts.MANAGER, () -> recorded.forEach((a) -> appointments.delete(a.getId())));
		}
	}

	private static long ownedCustomer(JdbcClient jdbc, long rep) {
		return jdbc
			.sql("SELECT MIN(c.id) FROM customers c WHERE c.owner_id = ? "
					+ "AND EXISTS (SELECT 1 FROM contacts ct WHERE ct.customer_id = c.id)")
			.param(rep)
			.query(Long.class)
			.single();
	}

	private static Appointment record(Appointments appointments, long rep, long customer, Long contact, Instant start,
			Instant end, String notes, AppointmentStatus status) {
		return appointments.record(rep,
				new AppointmentDetails(customer, contact, start, end, "Annecy", "Point d'étape", notes), status);
	}

}
