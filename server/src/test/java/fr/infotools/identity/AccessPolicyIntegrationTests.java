package fr.infotools.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.Appointments;
import fr.infotools.catalog.Catalog;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.shared.NotFoundException;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The access policy for each role: a manager reaches everything, a sales rep only their
 * own records (anything else is "not found" and stays unchanged), the developer account
 * and anonymous callers reach nothing.
 */
@IntegrationTest
class AccessPolicyIntegrationTests {

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@Autowired
	Appointments appointments;

	@Autowired
	Invoicing invoicing;

	@Autowired
	Catalog catalog;

	@Autowired
	AccessPolicy access;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	long rep;

	long otherRep;

	Customer othersCustomer;

	@BeforeEach
	void setUp() {
		this.rep = this.actors.user(DemoAccounts.REP).id();
		this.otherRep = this.actors.user(DemoAccounts.OTHER_REP).id();
		this.othersCustomer = this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.search(null, null, null, PageRequest.of(0, 200))
					.stream()
					.filter((c) -> c.getOwnerId() == this.otherRep)
					.findFirst()
					.orElseThrow());
	}

	@Test
	void aRepListsOnlyTheirOwnCustomersAndAManagerListsEveryRepsCustomers() {
		List<Customer> own = this.actors.as(DemoAccounts.REP,
				() -> this.customers.search(null, null, null, PageRequest.of(0, 500)).getContent());
		assertThat(own).isNotEmpty().allMatch((c) -> c.getOwnerId() == this.rep);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
		long all = this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.search(null, null, null, PageRequest.of(0, 20)).getTotalElements());
		assertThat(all).isEqualTo(total);
		assertThat(own.size()).isLessThan((int) total);
	}

	@Test
	void anotherRepsCustomerIsNotFoundForReadingChangingOrDeleting() {
		long id = this.othersCustomer.getId();
		String nameBefore = this.othersCustomer.getCompanyName();
		long auditRowsBefore = auditRows();
		this.actors.run(DemoAccounts.REP, () -> {
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.customers.get(id));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.customers.update(id,
					new CustomerDetails("Pirate SARL", null, null, null, null, null, null, "FR", null)));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.customers.delete(id));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.customers.convert(id));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.customers.contacts(id));
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.customers.addContact(id, new ContactDetails("A", "B", null, null, null)));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.invoicing.forCustomer(id));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.invoicing.createDraft(id, 30));
		});
		assertThat(
				this.jdbc.sql("SELECT company_name FROM customers WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo(nameBefore);
		assertThat(auditRows()).isEqualTo(auditRowsBefore);
	}

	@Test
	void anotherRepsAppointmentsAndInvoicesAreNotFound() {
		Long appointmentId = this.jdbc.sql("SELECT MIN(id) FROM appointments WHERE sales_rep_id = ?")
			.param(this.otherRep)
			.query(Long.class)
			.single();
		Long invoiceId = this.jdbc
			.sql("SELECT MIN(i.id) FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE c.owner_id = ?")
			.param(this.otherRep)
			.query(Long.class)
			.single();
		long auditRowsBefore = auditRows();
		this.actors.run(DemoAccounts.REP, () -> {
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.appointments.get(appointmentId));
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.appointments.delete(appointmentId));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.invoicing.get(invoiceId));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.invoicing.payments(invoiceId));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.invoicing.deleteDraft(invoiceId));
			List<Appointment> visible = this.appointments.inPeriod(Instant.now().minus(Duration.ofDays(400)),
					Instant.now().plus(Duration.ofDays(400)), this.otherRep, 1000);
			assertThat(visible).isNotEmpty().allMatch((a) -> a.getSalesRepId() == this.rep);
		});
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointments WHERE id = ?")
			.param(appointmentId)
			.query(Long.class)
			.single()).isOne();
		assertThat(auditRows()).isEqualTo(auditRowsBefore);
	}

	@Test
	void aRepCannotBookWithAnotherRepsCustomerNorForAnotherRep() {
		Instant start = Instant.now().plus(Duration.ofDays(400));
		AppointmentDetails details = new AppointmentDetails(this.othersCustomer.getId(), null, start,
				start.plusSeconds(3600), "Lyon", "Visite", null);
		this.actors.run(DemoAccounts.REP, () -> assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.appointments.book(this.otherRep, details)));
	}

	@Test
	void aManagerReachesEveryRepsRecordsAndBooksForAnyRep() {
		Instant start = Instant.now().plus(Duration.ofDays(500));
		Appointment booked = this.actors.as(DemoAccounts.MANAGER,
				() -> this.appointments.book(this.otherRep, new AppointmentDetails(this.othersCustomer.getId(), null,
						start, start.plusSeconds(3600), "Visio", "Point annuel", null)));
		assertThat(booked.getSalesRepId()).isEqualTo(this.otherRep);
		this.actors.run(DemoAccounts.MANAGER, () -> {
			assertThat(this.customers.get(this.othersCustomer.getId()).getId()).isEqualTo(this.othersCustomer.getId());
			assertThat(this.appointments.get(booked.getId()).getSubject()).isEqualTo("Point annuel");
			List<Invoice> invoices = this.invoicing.forCustomer(this.othersCustomer.getId());
			invoices.forEach((invoice) -> assertThat(this.invoicing.get(invoice.getId())).isNotNull());
			this.appointments.delete(booked.getId());
		});
	}

	@Test
	void aRepOwnsWhatTheyCreateAndAManagerMustNameTheOwner() {
		CustomerDetails details = new CustomerDetails("Nouvelle Société", null, null, null, null, null, "Lyon", "FR",
				null);
		Customer mine = this.actors.as(DemoAccounts.REP,
				() -> this.customers.create(CustomerType.PROSPECT, details, this.otherRep));
		assertThat(mine.getOwnerId()).isEqualTo(this.rep);
		Customer assigned = this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.create(CustomerType.PROSPECT, details, this.otherRep));
		assertThat(assigned.getOwnerId()).isEqualTo(this.otherRep);
		this.actors.run(DemoAccounts.MANAGER, () -> {
			this.customers.delete(mine.getId());
			this.customers.delete(assigned.getId());
		});
	}

	@Test
	void onlyManagersChangeTheCatalogueOrReassignCustomers() {
		long productId = this.catalog.all().get(0).getId();
		this.actors.run(DemoAccounts.REP, () -> {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.catalog.delete(productId));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.customers.reassign(this.othersCustomer.getId(), this.rep));
		});
		assertThat(this.jdbc.sql("SELECT owner_id FROM customers WHERE id = ?")
			.param(this.othersCustomer.getId())
			.query(Long.class)
			.single()).isEqualTo(this.otherRep);
	}

	@Test
	void withoutALoggedInCrmUserNothingIsReachable() {
		assertThatExceptionOfType(InsufficientAuthenticationException.class).isThrownBy(this.access::ownerScope);
		assertThatExceptionOfType(InsufficientAuthenticationException.class)
			.isThrownBy(() -> this.customers.get(this.othersCustomer.getId()));
	}

	@ParameterizedTest
	@CsvSource({ "mmartin, 200, 200", "jdupont, 403, 200", "sleroy, 403, 200" })
	void managerOnlyEndpointsOverHttp(String username, int auditStatus, int meStatus) {
		Api api = new Api(this.port);
		String token = api.login(username).access();
		assertThat(api.get("/api/v1/audit/verify", token).status()).isEqualTo(auditStatus);
		assertThat(api.get("/api/v1/audit", token).status()).isEqualTo(auditStatus);
		assertThat(api.get("/api/v1/audit/analyses/deletions-per-user", token).status()).isEqualTo(auditStatus);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(meStatus);
	}

	@Test
	void anonymousCallersAndTheDeveloperGetNothingOverHttp() {
		Api api = new Api(this.port);
		assertThat(api.get("/api/v1/audit/verify", null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
		assertThat(api.tokenRequest(DemoAccounts.DEVELOPER, DemoAccounts.PASSWORD).status()).isEqualTo(403);
	}

	private long auditRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
	}

}
