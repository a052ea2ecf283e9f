package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.infotools.invoicing.InvoiceKind;
import fr.infotools.invoicing.InvoiceStatus;
import fr.infotools.invoicing.PurchaseRecap;
import fr.infotools.invoicing.Purchases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a customer bought: issued invoices and credit notes, totals per year and per
 * product net of credit notes, what is still due and overdue.
 */
@RestController
class PurchasesController {

	private final Purchases purchases;

	PurchasesController(Purchases purchases) {
		this.purchases = purchases;
	}

	@GetMapping("/api/v1/customers/{id}/purchases")
	PurchasesResponse purchases(@PathVariable long id) {
		return PurchasesResponse.of(this.purchases.of(id));
	}

	/**
	 * The purchase recap.
	 *
	 * @param totalExclVat invoiced less credited over all years
	 * @param amountDue what the customer still owes on open invoices
	 * @param overdueAmount the part of it past its due date
	 */
	record PurchasesResponse(long customerId, String companyName, List<DocumentLine> invoices, List<YearLine> years,
			List<ProductLine> products, BigDecimal totalExclVat, BigDecimal totalInclVat, BigDecimal amountDue,
			BigDecimal overdueAmount) {

		static PurchasesResponse of(PurchaseRecap recap) {
			return new PurchasesResponse(recap.customerId(), recap.companyName(), recap.documents()
				.stream()
				.map((d) -> new DocumentLine(d.id(), d.kind(), d.number(), d.status(), d.issueDate(), d.dueDate(),
						d.totalExclVat().amount(), d.totalVat().amount(), d.totalInclVat().amount(),
						d.amountPaid().amount(), d.amountDue().amount(), d.overdue()))
				.toList(),
					recap.years()
						.stream()
						.map((y) -> new YearLine(y.year(), y.invoices(), y.creditNotes(), y.totalExclVat().amount(),
								y.totalInclVat().amount()))
						.toList(),
					recap.products()
						.stream()
						.map((p) -> new ProductLine(p.productId(), p.sku(), p.name(), p.quantity(),
								p.amountExclVat().amount()))
						.toList(),
					recap.totalExclVat().amount(), recap.totalInclVat().amount(), recap.amountDue().amount(),
					recap.overdueAmount().amount());
		}

	}

	/** An issued invoice or credit note. */
	record DocumentLine(long id, InvoiceKind kind, String number, InvoiceStatus status, LocalDate issueDate,
			LocalDate dueDate, BigDecimal totalExclVat, BigDecimal totalVat, BigDecimal totalInclVat,
			BigDecimal amountPaid, BigDecimal amountDue, boolean overdue) {

	}

	/** One year of issue: invoiced less credited. */
	record YearLine(int year, long invoices, long creditNotes, BigDecimal totalExclVat, BigDecimal totalInclVat) {

	}

	/** One product: quantity and amount excl. VAT, net of credit notes. */
	record ProductLine(long productId, String sku, String name, long quantity, BigDecimal amountExclVat) {

	}

}
