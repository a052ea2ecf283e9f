package fr.infotools.invoicing.web;

import fr.infotools.invoicing.InvoiceDocuments;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.invoicing.Purchases;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What one of the rep's customers bought: the issued invoices and credit notes with their
 * status and amounts, the products, the totals per year and what is still due, on a page
 * made to be printed; and each invoice's PDF.
 */
@Controller
class PurchasePages {

	private final Purchases purchases;

	private final InvoiceDocuments documents;

	private final Invoicing invoicing;

	PurchasePages(Purchases purchases, InvoiceDocuments documents, Invoicing invoicing) {
		this.purchases = purchases;
		this.documents = documents;
		this.invoicing = invoicing;
	}

	@GetMapping("/app/clients/{id}/achats")
	String recap(@PathVariable long id, Model model) {
		model.addAttribute("recap", this.purchases.of(id));
		model.addAttribute("printedOn", this.invoicing.today());
		return "app/purchases";
	}

	@GetMapping("/app/factures/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		InvoiceDocuments.PdfFile file = this.documents.pdf(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName()).build().toString())
			.body(file.content());
	}

}
