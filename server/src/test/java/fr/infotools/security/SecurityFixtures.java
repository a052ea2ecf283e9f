package fr.infotools.security;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.RequestDetails;
import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.identity.Users;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.stock.MovementReason;
import fr.infotools.stock.Stock;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh set of records owned by one sales rep, so that each call of the security tests
 * has its own target and a call that may change or delete it spoils nothing else.
 */
@Component
class SecurityFixtures {

	private static final AtomicInteger SLOT = new AtomicInteger();

	private final Actors actors;

	private final Customers customers;

	private final Appointments appointments;

	private final Invoicing invoicing;

	private final Catalog catalog;

	private final Stock stock;

	private final Users users;

	private final JdbcClient jdbc;

	SecurityFixtures(Actors actors, Customers customers, Appointments appointments, Invoicing invoicing,
			Catalog catalog, Stock stock, Users users, JdbcClient jdbc) {
		this.actors = actors;
		this.customers = customers;
		this.appointments = appointments;
		this.invoicing = invoicing;
		this.catalog = catalog;
		this.stock = stock;
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * Records of the owner, with a customer, a contact, an appointment, a draft and an
	 * issued invoice…
	 */
	Fixture create(String owner) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long customerId = this.actors.as(owner,
				() -> this.customers
					.create(CustomerType.PROSPECT,
							new CustomerDetails("Cible " + tag, null, "cible-" + tag + "@exemple.fr", null,
									"1 rue du Test", "69001", "Lyon", "FR", null),
							null)
					.getId());
		long contactId = this.actors.as(owner,
				() -> this.customers.addContact(customerId, new ContactDetails("Alice", "Cible", null, null, null))
					.getId());
		Instant start = Instant.now()
			.plus(Duration.ofDays(1500))
			.truncatedTo(ChronoUnit.DAYS)
			.plus(Duration.ofHours(2L * SLOT.incrementAndGet()));
		long appointmentId = this.actors.as(owner,
				() -> this.appointments
					.book(null,
							new AppointmentDetails(customerId, contactId, start, start.plusSeconds(3600), "Lyon",
									"Cible", null))
					.getId());
		long service = this.catalog.findBySku("SRV-AUDIT").orElseThrow().getId();
		long draftId = this.actors.as(owner, () -> {
			Invoice draft = this.invoicing.createDraft(customerId, 30);
			this.invoicing.addLine(draft.getId(), service, 1, BigDecimal.ZERO);
			return draft.getId();
		});
		long issuedId = this.actors.as(owner, () -> {
			Invoice invoice = this.invoicing.createDraft(customerId, 30);
			this.invoicing.addLine(invoice.getId(), service, 2, BigDecimal.ZERO);
			return this.invoicing.issue(invoice.getId()).getId();
		});
		long productId = this.actors.as(DemoAccounts.MANAGER, () -> {
			Product product = this.catalog
				.create(new ProductDetails("SEC-" + tag.toUpperCase(), "Produit " + tag, null, ProductCategory.NETWORK,
						Money.euros("10.00"), Money.euros("5.00"), VatRate.STANDARD, false, true, true, 1));
			this.stock.move(product.getId(), 5, MovementReason.RESTOCK, "BL-" + tag, null, Instant.now());
			return product.getId();
		});
		long requestId = this.appointments
			.submitRequest(new RequestDetails("Demandeur " + tag, null, "demande-" + tag + "@exemple.fr", null, "Devis",
					null, null, null, true))
			.getId();
		long ownerId = this.actors.user(owner).id();
		String calendarToken = this.users.preferences(ownerId).calendarToken();
		long showcased = this.catalog.showcase(null).get(0).getId();
		// the confirmation mail the request above left in the outbox
		long mailId = this.jdbc.sql("SELECT MAX(id) FROM mail_outbox").query(Long.class).single();
		return new Fixture("Cible " + tag, customerId, contactId, appointmentId, draftId, issuedId, productId,
				requestId, ownerId, calendarToken, showcased, mailId);
	}

	/** The ids a route's path variables stand for. */
	record Fixture(String customerName, long customerId, long contactId, long appointmentId, long draftInvoiceId,
			long issuedInvoiceId, long productId, long requestId, long ownerId, String calendarToken,
			long showcasedProductId, long mailMessageId) {

		/** The concrete path of a route for these records. */
		String path(Route route) {
			String pattern = route.pattern();
			String path = pattern.replace("{id:[0-9]{1,18}}", Long.toString(this.showcasedProductId))
				.replace("{contactId}", Long.toString(this.contactId))
				.replace("{lineNo}", "1");
			if (pattern.startsWith("/api/v1/customers/{id}") || pattern.startsWith("/app/clients/{id}")) {
				path = path.replace("{id}", Long.toString(this.customerId));
			}
			else if (pattern.startsWith("/api/v1/appointments/{id}") || pattern.startsWith("/app/rendez-vous/{id}")) {
				path = path.replace("{id}", Long.toString(this.appointmentId));
			}
			else if (pattern.startsWith("/api/v1/invoices/{id}")) {
				boolean onIssued = pattern.endsWith("/payments") || pattern.endsWith("/credit-note")
						|| pattern.endsWith("/pdf") || (pattern.equals("/api/v1/invoices/{id}") && route.isSafe());
				path = path.replace("{id}", Long.toString(onIssued ? this.issuedInvoiceId : this.draftInvoiceId));
			}
			else if (pattern.startsWith("/api/v1/products/{id}")
					|| pattern.startsWith("/api/v1/public/products/{id}")) {
				path = path.replace("{id}",
						Long.toString(pattern.startsWith("/api/v1/public") ? this.showcasedProductId : this.productId));
			}
			else if (pattern.startsWith("/api/v1/appointment-requests/{id}")) {
				path = path.replace("{id}", Long.toString(this.requestId));
			}
			else if (pattern.startsWith("/api/v1/users/{id}")) {
				path = path.replace("{id}", Long.toString(this.ownerId));
			}
			else if (pattern.startsWith("/api/v1/mail/messages/{id}")) {
				path = path.replace("{id}", Long.toString(this.mailMessageId));
			}
			else if (pattern.equals("/app/factures/{id}/pdf")) {
				path = path.replace("{id}", Long.toString(this.issuedInvoiceId));
			}
			if (pattern.equals("/api/v1/appointments/calendar.ics")) {
				path = path + "?token=" + this.calendarToken;
			}
			if (pattern.equals("/app/rendez-vous/contacts")) {
				path = path + "?client=" + this.customerId;
			}
			if (path.contains("{")) {
				throw new IllegalStateException("No fixture for the path variables of " + route);
			}
			return path;
		}

	}

}
