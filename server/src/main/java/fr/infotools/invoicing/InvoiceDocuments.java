package fr.infotools.invoicing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable documents of the invoices the current user may see.
 */
@Service
public class InvoiceDocuments {

	private final Invoicing invoicing;

	private final InvoicePdfWriter writer;

	InvoiceDocuments(Invoicing invoicing, InvoicePdfWriter writer) {
		this.invoicing = invoicing;
		this.writer = writer;
	}

	/**
	 * The invoice or credit note as a PDF, named after its number (a draft:
	 * {@code brouillon-<id>.pdf}).
	 */
	@Transactional(readOnly = true)
	public PdfFile pdf(long invoiceId) {
		InvoiceDetails details = this.invoicing.details(invoiceId);
		Invoice invoice = details.invoice();
		String name = invoice.isIssued() ? invoice.getNumber() : "brouillon-" + invoice.getId();
		return new PdfFile(name + ".pdf", this.writer.write(details));
	}

	/** A PDF and the file name to save it under. */
	public record PdfFile(String fileName, byte[] content) {

	}

}
