package fr.infotools.invoicing;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.shared.Money;

/**
 * What a customer bought: their issued invoices and credit notes, totals per year and per
 * product net of credit notes, what they still owe and how much of it is overdue. Every
 * figure is computed by the database.
 *
 * @param totalExclVat invoiced less credited, excl. VAT, over all years
 * @param totalInclVat invoiced less credited, incl. VAT, over all years
 * @param amountDue what the open invoices still await
 * @param overdueAmount the part of {@code amountDue} whose due date is past
 */
public record PurchaseRecap(long customerId, String companyName, List<Document> documents, List<Year> years,
		List<ProductBought> products, Money totalExclVat, Money totalInclVat, Money amountDue, Money overdueAmount) {

	/** An issued invoice or credit note. */
	public record Document(long id, InvoiceKind kind, String number, InvoiceStatus status, LocalDate issueDate,
			LocalDate dueDate, Money totalExclVat, Money totalVat, Money totalInclVat, Money amountPaid,
			Money amountDue, boolean overdue) {

	}

	/** One calendar year (of the issue dates): invoiced less credited. */
	public record Year(int year, long invoices, long creditNotes, Money totalExclVat, Money totalInclVat) {

	}

	/** One product: quantity and net amount excl. VAT, invoiced less credited. */
	public record ProductBought(long productId, String sku, String name, long quantity, Money amountExclVat) {

	}

}
