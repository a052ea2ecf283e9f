package fr.infotools.desktop.api;

import java.time.LocalDate;

import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.InvoiceInputs;
import fr.infotools.desktop.api.model.InvoiceKind;
import fr.infotools.desktop.api.model.InvoiceStatus;
import fr.infotools.desktop.api.model.InvoiceSummary;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.Payment;
import tools.jackson.core.type.TypeReference;

/** Invoices and credit notes. */
public class InvoicesApi {

	private static final String PATH = "/api/v1/invoices";

	private final ApiClient client;

	public InvoicesApi(ApiClient client) {
		this.client = client;
	}

	/** What the invoice list can be filtered on; every member is optional. */
	public record Filter(InvoiceStatus status, Boolean overdue, InvoiceKind kind, Long customerId, Long salesRepId,
			LocalDate from, LocalDate to) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null, null);
		}

	}

	public Page<InvoiceSummary> list(Filter filter, int page, int size) {
		return this.client.get(PATH,
				Query.of()
					.add("status", filter.status())
					.add("overdue", filter.overdue())
					.add("kind", filter.kind())
					.add("customerId", filter.customerId())
					.add("salesRepId", filter.salesRepId())
					.add("from", filter.from())
					.add("to", filter.to())
					.page(page, size)
					.add("sort", "createdAt,desc"),
				new TypeReference<Page<InvoiceSummary>>() {
				});
	}

	public Invoice get(long id) {
		return this.client.get(PATH + "/" + id, Query.of(), Invoice.class);
	}

	public Invoice create(InvoiceInputs.Create input) {
		return this.client.post(PATH, input, Invoice.class);
	}

	public Invoice update(long id, InvoiceInputs.Update input) {
		return this.client.put(PATH + "/" + id, input, Invoice.class);
	}

	public void delete(long id) {
		this.client.delete(PATH + "/" + id);
	}

	public Invoice addLine(long id, InvoiceInputs.AddLine line) {
		return this.client.post(PATH + "/" + id + "/lines", line, Invoice.class);
	}

	public Invoice changeLine(long id, int lineNo, InvoiceInputs.ChangeLine line) {
		return this.client.put(PATH + "/" + id + "/lines/" + lineNo, line, Invoice.class);
	}

	/** Deletes a draft line; the answer is the draft without it. */
	public Invoice deleteLine(long id, int lineNo) {
		this.client.delete(PATH + "/" + id + "/lines/" + lineNo);
		return get(id);
	}

	/** Issues a draft: number, due date, stock out. */
	public Invoice issue(long id) {
		return this.client.post(PATH + "/" + id + "/issue", null, Invoice.class);
	}

	public Payment pay(long id, InvoiceInputs.RecordPayment payment) {
		return this.client.post(PATH + "/" + id + "/payments", payment, Payment.class);
	}

	/** Creates a credit note; the answer is the credit note. */
	public Invoice creditNote(long id, InvoiceInputs.CreditNote input) {
		return this.client.post(PATH + "/" + id + "/credit-note", input, Invoice.class);
	}

	public byte[] pdf(long id) {
		return this.client.getBytes(PATH + "/" + id + "/pdf", Query.of(), "application/pdf");
	}

}
