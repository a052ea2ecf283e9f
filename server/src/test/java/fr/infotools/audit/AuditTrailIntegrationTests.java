package fr.infotools.audit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.AppointmentRequest;
import fr.infotools.appointment.Appointments;
import fr.infotools.appointment.RequestDetails;
import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.customer.Contact;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.identity.CurrentUser;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.InvoiceLine;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.invoicing.Payment;
import fr.infotools.invoicing.PaymentMethod;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.stock.MovementReason;
import fr.infotools.stock.Stock;
import fr.infotools.stock.StockMovement;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One audit row per insert, update and delete of every audited table, with the right
 * actor and diff; the trail's integrity check and its analyses.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@Autowired
	Appointments appointments;

	@Autowired
	Catalog catalog;

	@Autowired
	Stock stock;

	@Autowired
	Invoicing invoicing;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void customersAndContacts() {
		CurrentUser rep = this.actors.user(DemoAccounts.REP);
		long mark = lastId();
		Customer customer = this.actors.as(DemoAccounts.REP, () -> this.customers.create(CustomerType.PROSPECT,
				new CustomerDetails("Audit Test SARL", "123456782", "a@b.fr", null, null, null, "Lyon", "FR", null),
				null));
		List<AuditEntry> rows = since(mark);
		assertThat(rows).singleElement().satisfies((row) -> {
			assertRow(row, "customers", customer.getId(), AuditAction.INSERT, rep);
			JsonNode changed = json(row);
			assertThat(changed.get("company_name").asString()).isEqualTo("Audit Test SARL");
			assertThat(changed.get("owner_id").asLong()).isEqualTo(rep.id());
			assertThat(changed.get("type").asString()).isEqualTo("PROSPECT");
			assertThat(changed.get("id").asLong()).isEqualTo(customer.getId());
		});

		mark = lastId();
		this.actors.run(DemoAccounts.REP, () -> this.customers.update(customer.getId(),
				new CustomerDetails("Audit Test SARL", "123456782", "a@b.fr", null, null, null, "Lille", "FR", null)));
		assertThat(since(mark)).singleElement().satisfies((row) -> {
			assertRow(row, "customers", customer.getId(), AuditAction.UPDATE, rep);
			JsonNode changed = json(row);
			assertThat(changed.propertyNames()).containsExactly("city");
			assertThat(changed.get("city").get("before").asString()).isEqualTo("Lyon");
			assertThat(changed.get("city").get("after").asString()).isEqualTo("Lille");
		});

		mark = lastId();
		Contact contact = this.actors.as(DemoAccounts.REP, () -> this.customers.addContact(customer.getId(),
				new ContactDetails("Anne", "Roy", "Gérante", "anne@b.fr", "06 11 22 33 44")));
		this.actors.run(DemoAccounts.REP, () -> this.customers.updateContact(customer.getId(), contact.getId(),
				new ContactDetails("Anne", "Roy", "Directrice", "anne@b.fr", "06 11 22 33 44")));
		this.actors.run(DemoAccounts.REP, () -> this.customers.deleteContact(customer.getId(), contact.getId()));
		List<AuditEntry> contactRows = since(mark);
		assertThat(contactRows).extracting(AuditEntry::action)
			.containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.DELETE);
		assertThat(contactRows).allSatisfy((row) -> assertThat(row.tableName()).isEqualTo("contacts"));
		assertThat(json(contactRows.get(1)).get("job_title").get("after").asString()).isEqualTo("Directrice");
		assertThat(json(contactRows.get(2)).get("last_name").asString()).isEqualTo("Roy");

		mark = lastId();
		this.actors.run(DemoAccounts.REP, () -> this.customers.delete(customer.getId()));
		assertThat(since(mark)).singleElement().satisfies((row) -> {
			assertRow(row, "customers", customer.getId(), AuditAction.DELETE, rep);
			assertThat(json(row).get("city").asString()).isEqualTo("Lille");
		});
	}

	@Test
	void appointmentsAndRequests() {
		CurrentUser rep = this.actors.user(DemoAccounts.REP);
		Customer customer = ownCustomer(rep);
		Instant start = Instant.now().plus(Duration.ofDays(700)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		long mark = lastId();
		Appointment appointment = this.actors.as(DemoAccounts.REP, () -> this.appointments.book(null,
				new AppointmentDetails(customer.getId(), null, start, start.plusSeconds(3600), "Lyon", "Démo", null)));
		this.actors.run(DemoAccounts.REP,
				() -> this.appointments.update(appointment.getId(), new AppointmentDetails(customer.getId(), null,
						start.plusSeconds(1800), start.plusSeconds(5400), "Lyon", "Démo", null)));
		this.actors.run(DemoAccounts.REP, () -> this.appointments.delete(appointment.getId()));
		List<AuditEntry> rows = since(mark);
		assertThat(rows).extracting(AuditEntry::action)
			.containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.DELETE);
		rows.forEach((row) -> assertRow(row, "appointments", appointment.getId(), row.action(), rep));
		JsonNode moved = json(rows.get(1));
		assertThat(moved.propertyNames()).containsExactlyInAnyOrder("start_at", "end_at");
		assertThat(moved.get("start_at").get("before").asString()).isEqualTo(start.toString());
		assertThat(moved.get("start_at").get("after").asString()).isEqualTo(start.plusSeconds(1800).toString());

		mark = lastId();
		AppointmentRequest request = this.appointments.submitRequest(new RequestDetails("Luc Martin", "Martin SA",
				"luc@martin.fr", "0612345678", "Devis", null, "<script>alert(1)</script>", null, true));
		List<AuditEntry> submitted = since(mark);
		assertThat(submitted).singleElement().satisfies((row) -> {
			assertThat(row.tableName()).isEqualTo("appointment_requests");
			assertThat(row.action()).isEqualTo(AuditAction.INSERT);
			assertThat(row.userId()).isNull();
			assertThat(row.actor()).isEqualTo("anonymous");
			assertThat(json(row).get("message").asString()).isEqualTo("<script>alert(1)</script>");
		});
		CurrentUser manager = this.actors.user(DemoAccounts.MANAGER);
		mark = lastId();
		this.actors.run(DemoAccounts.MANAGER, () -> this.appointments.rejectRequest(request.getId(), "Doublon"));
		this.actors.run(DemoAccounts.MANAGER, () -> this.appointments.deleteRequest(request.getId()));
		List<AuditEntry> decided = since(mark);
		assertThat(decided).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.DELETE);
		decided.forEach((row) -> assertRow(row, "appointment_requests", request.getId(), row.action(), manager));
		assertThat(json(decided.get(0)).get("status").get("after").asString()).isEqualTo("REJECTED");
	}

	@Test
	void productsAndStockMovements() {
		CurrentUser manager = this.actors.user(DemoAccounts.MANAGER);
		ProductDetails details = new ProductDetails("AUDIT-1", "Produit d'audit", null, ProductCategory.NETWORK,
				Money.euros("10.00"), Money.euros("6.00"), VatRate.STANDARD, false, true, true, 2);
		long mark = lastId();
		Product product = this.actors.as(DemoAccounts.MANAGER, () -> this.catalog.create(details));
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.catalog.update(product.getId(),
						new ProductDetails("AUDIT-1", "Produit d'audit", null, ProductCategory.NETWORK,
								Money.euros("12.50"), Money.euros("6.00"), VatRate.STANDARD, true, true, true, 2)));
		StockMovement restock = this.actors.as(DemoAccounts.MANAGER,
				() -> this.stock.move(product.getId(), 5, MovementReason.RESTOCK, "BL-9", "Réception", Instant.now()));
		List<AuditEntry> rows = since(mark);
		assertThat(rows).extracting(AuditEntry::tableName).containsExactly("products", "products", "stock_movements");
		assertRow(rows.get(0), "products", product.getId(), AuditAction.INSERT, manager);
		JsonNode priceChange = json(rows.get(1));
		assertThat(priceChange.propertyNames()).containsExactlyInAnyOrder("unit_price_excl_vat", "featured");
		assertThat(priceChange.get("unit_price_excl_vat").get("before").decimalValue())
			.isEqualByComparingTo(new BigDecimal("10.00"));
		assertThat(priceChange.get("unit_price_excl_vat").get("after").decimalValue())
			.isEqualByComparingTo(new BigDecimal("12.50"));
		assertRow(rows.get(2), "stock_movements", restock.getId(), AuditAction.INSERT, manager);
		assertThat(json(rows.get(2)).get("quantity").asInt()).isEqualTo(5);
		assertThat(json(rows.get(2)).get("reason").asString()).isEqualTo("RESTOCK");

		Product unsold = this.actors.as(DemoAccounts.MANAGER,
				() -> this.catalog
					.create(new ProductDetails("AUDIT-2", "Produit supprimé", null, ProductCategory.SERVICE,
							Money.euros("1.00"), Money.euros("0.50"), VatRate.STANDARD, false, true, false, 0)));
		mark = lastId();
		this.actors.run(DemoAccounts.MANAGER, () -> this.catalog.delete(unsold.getId()));
		assertThat(since(mark)).singleElement()
			.satisfies((row) -> assertRow(row, "products", unsold.getId(), AuditAction.DELETE, manager));
	}

	@Test
	void invoicesLinesAndPayments() {
		CurrentUser manager = this.actors.user(DemoAccounts.MANAGER);
		Customer customer = ownCustomer(this.actors.user(DemoAccounts.REP));
		Product service = this.catalog.findBySku("SRV-AUDIT").orElseThrow();
		long mark = lastId();
		Invoice invoice = this.actors.as(DemoAccounts.MANAGER, () -> this.invoicing.createDraft(customer.getId(), 30));
		InvoiceLine line = this.actors.as(DemoAccounts.MANAGER,
				() -> this.invoicing.addLine(invoice.getId(), service.getId(), 2, BigDecimal.ZERO));
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.invoicing.changeLine(invoice.getId(), 1, 3, new BigDecimal("10")));
		List<AuditEntry> drafting = since(mark);
		assertThat(drafting).extracting(AuditEntry::tableName, AuditEntry::action)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("invoices", AuditAction.INSERT),
					org.assertj.core.groups.Tuple.tuple("invoice_lines", AuditAction.INSERT),
					org.assertj.core.groups.Tuple.tuple("invoices", AuditAction.UPDATE),
					org.assertj.core.groups.Tuple.tuple("invoice_lines", AuditAction.UPDATE),
					org.assertj.core.groups.Tuple.tuple("invoices", AuditAction.UPDATE));
		drafting.forEach((row) -> assertThat(row.userId()).isEqualTo(manager.id()));
		AuditEntry lineInsert = drafting.stream()
			.filter((row) -> row.tableName().equals("invoice_lines") && row.action() == AuditAction.INSERT)
			.findFirst()
			.orElseThrow();
		assertThat(json(lineInsert).get("invoice_id").asLong()).isEqualTo(invoice.getId());
		assertThat(lineInsert.rowId()).isEqualTo(String.valueOf(line.getId()));
		AuditEntry lineUpdate = drafting.stream()
			.filter((row) -> row.tableName().equals("invoice_lines") && row.action() == AuditAction.UPDATE)
			.findFirst()
			.orElseThrow();
		assertThat(json(lineUpdate).get("net_amount").get("before").decimalValue())
			.isEqualByComparingTo(new BigDecimal("3600.00"));
		assertThat(json(lineUpdate).get("net_amount").get("after").decimalValue())
			.isEqualByComparingTo(new BigDecimal("4860.00"));

		mark = lastId();
		Invoice issued = this.actors.as(DemoAccounts.MANAGER, () -> this.invoicing.issue(invoice.getId()));
		List<AuditEntry> issuing = since(mark);
		AuditEntry issueRow = issuing.stream()
			.filter((row) -> row.tableName().equals("invoices"))
			.findFirst()
			.orElseThrow();
		assertThat(json(issueRow).get("number").get("after").asString()).isEqualTo(issued.getNumber());
		assertThat(json(issueRow).get("status").get("after").asString()).isEqualTo("ISSUED");

		mark = lastId();
		Payment payment = this.actors.as(DemoAccounts.MANAGER, () -> this.invoicing.recordPayment(invoice.getId(),
				Money.euros("100.00"), LocalDate.now(), PaymentMethod.CARD, "CB-1"));
		List<AuditEntry> paying = since(mark);
		assertThat(paying).extracting(AuditEntry::tableName).containsExactlyInAnyOrder("invoices", "payments");
		AuditEntry paymentRow = paying.stream()
			.filter((row) -> row.tableName().equals("payments"))
			.findFirst()
			.orElseThrow();
		assertThat(paymentRow.rowId()).isEqualTo(String.valueOf(payment.getId()));
		assertThat(json(paymentRow).get("amount").decimalValue()).isEqualByComparingTo("100.00");

		Invoice draft = this.actors.as(DemoAccounts.MANAGER, () -> this.invoicing.createDraft(customer.getId(), 30));
		this.actors.run(DemoAccounts.MANAGER, () -> this.invoicing.addLine(draft.getId(), service.getId(), 1, null));
		mark = lastId();
		this.actors.run(DemoAccounts.MANAGER, () -> this.invoicing.deleteDraft(draft.getId()));
		assertThat(since(mark)).extracting(AuditEntry::tableName, AuditEntry::action)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("invoice_lines", AuditAction.DELETE),
					org.assertj.core.groups.Tuple.tuple("invoices", AuditAction.DELETE));
	}

	@Test
	void aFailedOperationLeavesNoAuditRowAndChangesNothing() {
		Customer customer = ownCustomer(this.actors.user(DemoAccounts.REP));
		Product server = this.catalog.findBySku("SRV-RACK-R750").orElseThrow();
		int stockBefore = this.stock.level(server.getId());
		Invoice draft = this.actors.as(DemoAccounts.MANAGER, () -> this.invoicing.createDraft(customer.getId(), 30));
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.invoicing.addLine(draft.getId(), server.getId(), stockBefore + 1, null));
		long mark = lastId();
		String lastNumber = this.jdbc.sql("SELECT MAX(number) FROM invoices WHERE kind = 'INVOICE'")
			.query(String.class)
			.single();
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.actors.run(DemoAccounts.MANAGER, () -> this.invoicing.issue(draft.getId())))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("insufficient-stock"));
		assertThat(since(mark)).isEmpty();
		assertThat(this.stock.level(server.getId())).isEqualTo(stockBefore);
		assertThat(this.jdbc.sql("SELECT status FROM invoices WHERE id = ?")
			.param(draft.getId())
			.query(String.class)
			.single()).isEqualTo("DRAFT");
		assertThat(
				this.jdbc.sql("SELECT MAX(number) FROM invoices WHERE kind = 'INVOICE'").query(String.class).single())
			.isEqualTo(lastNumber);
		this.actors.run(DemoAccounts.MANAGER, () -> this.invoicing.deleteDraft(draft.getId()));
	}

	@Test
	void theTrailIsIntactAndTamperingIsDetectedAtTheTamperedRow() {
		assertThat(this.trail.verify().intact()).isTrue();
		long target = this.jdbc.sql("SELECT MIN(id) FROM audit_log WHERE table_name = 'invoices'")
			.query(Long.class)
			.single();
		String original = this.jdbc.sql("SELECT changed FROM audit_log WHERE id = ?")
			.param(target)
			.query(String.class)
			.single();
		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE audit_log SET changed = '{}' WHERE id = ?").param(target).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(target).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		withoutGuard(() -> {
			this.jdbc.sql("UPDATE audit_log SET changed = ? WHERE id = ?")
				.params(original.replace("0", "1"), target)
				.update();
			IntegrityReport report = this.trail.verify();
			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenId()).isEqualTo(target);
			assertThat(report.problem()).contains("hash");
			this.jdbc.sql("UPDATE audit_log SET changed = ? WHERE id = ?").params(original, target).update();
		});
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aRemovedOrForgedRowIsDetected() {
		Map<String, Object> last = this.jdbc.sql("SELECT * FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
			.query()
			.singleRow();
		long lastId = ((Number) last.get("id")).longValue();
		withoutGuard(() -> {
			this.jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(lastId).update();
			IntegrityReport removedAtEnd = this.trail.verify();
			assertThat(removedAtEnd.intact()).isFalse();
			assertThat(removedAtEnd.firstBrokenId()).isEqualTo(lastId);
			this.jdbc
				.sql("""
						INSERT INTO audit_log (id, created_at, user_id, actor, table_name, row_id, action, changed, prev_hash, hash)
						VALUES (:id, :created_at, :user_id, :actor, :table_name, :row_id, :action, :changed, :prev_hash, :hash)""")
				.params(last)
				.update();
		});
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void analysesFindAppointmentsChangedMoreThanTwiceAWeekAndDeletionsPerUser() {
		CurrentUser rep = this.actors.user(DemoAccounts.REP);
		Customer customer = ownCustomer(rep);
		Instant start = Instant.now().plus(Duration.ofDays(800)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		Appointment appointment = this.actors.as(DemoAccounts.REP, () -> this.appointments.book(null,
				new AppointmentDetails(customer.getId(), null, start, start.plusSeconds(3600), "Lyon", "Suivi", null)));
		for (int i = 1; i <= 3; i++) {
			String subject = "Suivi v" + i;
			this.actors.run(DemoAccounts.REP,
					() -> this.appointments.update(appointment.getId(), new AppointmentDetails(customer.getId(), null,
							start, start.plusSeconds(3600), "Lyon", subject, null)));
		}
		Instant from = Instant.now().minus(Duration.ofDays(8));
		Instant to = Instant.now().plus(Duration.ofDays(1));
		assertThat(this.trail.appointmentsChangedMoreThanTwiceAWeek(from, to)).anySatisfy((found) -> {
			assertThat(found.appointmentId()).isEqualTo(String.valueOf(appointment.getId()));
			assertThat(found.updates()).isGreaterThanOrEqualTo(3);
			assertThat(found.actors()).contains("jdupont");
		});
		long deletionsBefore = deletionsBy(rep.id(), from, to);
		this.actors.run(DemoAccounts.REP, () -> this.appointments.delete(appointment.getId()));
		assertThat(deletionsBy(rep.id(), from, to)).isEqualTo(deletionsBefore + 1);
	}

	@Test
	void theListIsFilteredAndPaged() {
		var page = this.trail.search(new AuditFilter(null, "products", null, AuditAction.INSERT, null, null),
				org.springframework.data.domain.PageRequest.of(0, 5));
		assertThat(page.getContent()).hasSize(5).allSatisfy((row) -> assertThat(row.tableName()).isEqualTo("products"));
		assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(40);
		assertThat(page.getContent().get(0).id()).isGreaterThan(page.getContent().get(4).id());
		String rowId = page.getContent().get(0).rowId();
		assertThat(this.trail.history("products", rowId)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.rowId()).isEqualTo(rowId));
	}

	private long deletionsBy(long userId, Instant from, Instant to) {
		return this.trail.deletionsPerUser(from, to)
			.stream()
			.filter((count) -> Long.valueOf(userId).equals(count.userId()) && count.tableName().equals("appointments"))
			.mapToLong(AuditAnalyses.DeletionCount::deletions)
			.sum();
	}

	/**
	 * Tests that tamper on purpose lift the database's append-only guard, and always put
	 * it back.
	 */
	private void withoutGuard(Runnable tampering) {
		this.jdbc.sql("DROP TRIGGER audit_log_no_update").update();
		this.jdbc.sql("DROP TRIGGER audit_log_no_delete").update();
		try {
			tampering.run();
		}
		finally {
			this.jdbc
				.sql("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW CALL '"
						+ AppendOnlyTrigger.class.getName() + "'")
				.update();
			this.jdbc
				.sql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW CALL '"
						+ AppendOnlyTrigger.class.getName() + "'")
				.update();
		}
	}

	private Customer ownCustomer(CurrentUser rep) {
		return this.actors.as(rep.username(),
				() -> this.customers.search(null, null, null, org.springframework.data.domain.PageRequest.of(0, 1))
					.getContent()
					.get(0));
	}

	private long lastId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	private List<AuditEntry> since(long id) {
		return this.jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log WHERE id > ? ORDER BY id")
			.param(id)
			.query(AuditRows::map)
			.list();
	}

	private static JsonNode json(AuditEntry row) {
		return JSON.readTree(row.changed());
	}

	private static void assertRow(AuditEntry row, String table, long id, AuditAction action, CurrentUser user) {
		assertThat(row.tableName()).isEqualTo(table);
		assertThat(row.rowId()).isEqualTo(String.valueOf(id));
		assertThat(row.action()).isEqualTo(action);
		assertThat(row.userId()).isEqualTo(user.id());
		assertThat(row.actor()).isEqualTo(user.username());
		assertThat(row.createdAt()).isAfter(Instant.now().minusSeconds(60));
	}

}
