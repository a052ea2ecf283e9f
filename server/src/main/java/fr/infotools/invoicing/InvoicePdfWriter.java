package fr.infotools.invoicing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import fr.infotools.shared.Money;

import org.springframework.stereotype.Component;

/**
 * Writes an invoice or credit note as a French PDF with every mention the law requires:
 * the seller's identity (name, legal form, capital, registered office, SIREN and RCS, VAT
 * number), the customer's name, address and SIREN, number and dates, each line
 * (description, quantity, unit price excl. VAT, discount, VAT rate, net amount), the VAT
 * per rate, the totals, what is already paid and what is due, the payment terms, the
 * late-payment penalties (three times the legal interest rate), the 40 € fixed indemnity
 * for recovery costs owed by business customers, and that no discount is granted for
 * early payment. A draft has no number and says so ("BROUILLON", across every page).
 * Issued documents are Factur-X invoices (PDF/A-3 with the CII XML attached, see
 * {@link FacturX}); fonts are embedded, as PDF/A requires.
 */
@Component
class InvoicePdfWriter {

	private static final Color INK = new Color(0x1F, 0x2A, 0x37);

	private static final Color MUTED = new Color(0x5B, 0x67, 0x75);

	private static final Color RULE = new Color(0xC9, 0xD1, 0xD9);

	private static final Color SHADE = new Color(0xEE, 0xF2, 0xF6);

	/**
	 * The draft watermark: a pale ink rather than transparency, which PDF/A-1 forbids.
	 */
	private static final Color WATERMARK = new Color(0xE4, 0xE8, 0xED);

	private static final BigDecimal INDEMNITY = new BigDecimal("40");

	private final CompanyProperties company;

	private final FacturXml xml;

	private final Font body;

	private final Font bold;

	private final Font small;

	private final Font title;

	private final Font heading;

	private final BaseFont boldFont;

	InvoicePdfWriter(CompanyProperties company) {
		this.company = company;
		this.xml = new FacturXml(company);
		BaseFont regular = FacturX.font(FacturX.REGULAR_FONT);
		this.boldFont = FacturX.font(FacturX.BOLD_FONT);
		this.body = new Font(regular, 9, Font.NORMAL, INK);
		this.bold = new Font(this.boldFont, 9, Font.NORMAL, INK);
		this.small = new Font(regular, 7.5f, Font.NORMAL, MUTED);
		this.title = new Font(this.boldFont, 20, Font.NORMAL, INK);
		this.heading = new Font(this.boldFont, 11, Font.NORMAL, INK);
	}

	/**
	 * The document as a PDF: an issued invoice or credit note is a Factur-X PDF/A-3 with
	 * its CII XML attached; a draft, which is not an invoice yet, is a plain PDF/A-1b.
	 */
	byte[] write(InvoiceDetails details) {
		byte[] visible = visible(details);
		return details.invoice().isIssued() ? FacturX.attach(visible, this.xml.write(details)) : visible;
	}

	/** The Factur-X XML of an issued document. */
	byte[] xml(InvoiceDetails details) {
		return this.xml.write(details);
	}

	private byte[] visible(InvoiceDetails details) {
		Invoice invoice = details.invoice();
		boolean draft = !invoice.isIssued();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 42, 42, 40, 64);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		FacturX.conformPdfA1b(writer);
		writer.setPageEvent(new Decorations(draft));
		document.addTitle(title(invoice) + (draft ? " (brouillon)" : " " + invoice.getNumber()));
		document.addAuthor(this.company.name());
		document.addCreator("InfoTools");
		document.open();
		FacturX.outputIntent(writer);
		document.add(header(details));
		document.add(buyer(details.buyer()));
		document.add(lines(details.lines()));
		document.add(totals(details));
		for (Paragraph mention : mentions(details)) {
			document.add(mention);
		}
		writer.createXmpMetadata();
		document.close();
		return out.toByteArray();
	}

	private static String title(Invoice invoice) {
		return (invoice.getKind() == InvoiceKind.CREDIT_NOTE) ? "AVOIR" : "FACTURE";
	}

	private PdfPTable header(InvoiceDetails details) {
		Invoice invoice = details.invoice();
		PdfPTable table = table(new float[] { 55, 45 });
		PdfPCell seller = cell();
		seller.addElement(new Paragraph(this.company.name(), this.heading));
		seller.addElement(line(this.company.legalForm() + " au capital de " + capital()));
		seller.addElement(line(this.company.addressLine()));
		seller.addElement(line(this.company.postalCode() + " " + this.company.city()));
		seller.addElement(line("SIREN " + spaced(this.company.siren()) + " — " + this.company.rcs()));
		seller.addElement(line("N° TVA intracommunautaire : " + this.company.vatNumber()));
		seller.addElement(line("Tél. " + this.company.phone() + " — " + this.company.email()));
		table.addCell(seller);

		PdfPCell reference = cell();
		reference.setHorizontalAlignment(Element.ALIGN_RIGHT);
		Paragraph heading = new Paragraph(title(invoice), this.title);
		heading.setAlignment(Element.ALIGN_RIGHT);
		reference.addElement(heading);
		List<String> facts = new ArrayList<>();
		if (invoice.isIssued()) {
			facts.add("N° " + invoice.getNumber());
			facts.add("Date d'émission : " + FrenchFormat.date(invoice.getIssueDate()));
		}
		else {
			facts.add("BROUILLON — sans numéro, non émis");
		}
		if (invoice.getKind() == InvoiceKind.INVOICE) {
			facts.add("Date de la vente : "
					+ (invoice.isIssued() ? FrenchFormat.date(invoice.getIssueDate()) : "date d'émission"));
			facts.add("Échéance : " + (invoice.isIssued() ? FrenchFormat.date(invoice.getDueDate())
					: invoice.getPaymentTermsDays() + " jours après émission"));
		}
		else if (details.creditedInvoice() != null) {
			facts.add("Avoir sur la facture " + details.creditedInvoice().getNumber());
			facts.add("du " + FrenchFormat.date(details.creditedInvoice().getIssueDate()));
		}
		for (String fact : facts) {
			Paragraph paragraph = new Paragraph(fact, this.bold);
			paragraph.setAlignment(Element.ALIGN_RIGHT);
			reference.addElement(paragraph);
		}
		table.addCell(reference);
		table.setSpacingAfter(14);
		return table;
	}

	private PdfPTable buyer(Buyer buyer) {
		PdfPTable table = table(new float[] { 45, 55 });
		table.addCell(cell());
		PdfPCell block = cell();
		block.setBorder(Rectangle.BOX);
		block.setBorderColor(RULE);
		block.setPadding(8);
		block.addElement(new Paragraph("Client", this.small));
		block.addElement(new Paragraph(buyer.companyName(), this.bold));
		if (buyer.addressLine() != null) {
			block.addElement(line(buyer.addressLine()));
		}
		String town = String.join(" ", nonNull(buyer.postalCode()), nonNull(buyer.city())).strip();
		if (!town.isEmpty()) {
			block.addElement(line(town));
		}
		if (buyer.country() != null && !"FR".equals(buyer.country())) {
			block.addElement(line(buyer.country()));
		}
		if (buyer.siren() != null) {
			block.addElement(line("SIREN " + spaced(buyer.siren())));
		}
		table.addCell(block);
		table.setSpacingAfter(16);
		return table;
	}

	private PdfPTable lines(List<InvoiceLine> lines) {
		PdfPTable table = table(new float[] { 43, 8, 15, 9, 9, 16 });
		table.setHeaderRows(1);
		for (String label : new String[] { "Désignation", "Qté", "PU HT", "Remise", "TVA", "Montant HT" }) {
			PdfPCell cell = text(label, this.bold,
					label.equals("Désignation") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			cell.setBackgroundColor(SHADE);
			table.addCell(cell);
		}
		for (InvoiceLine line : lines) {
			table.addCell(ruled(text(line.getDescription(), this.body, Element.ALIGN_LEFT)));
			table.addCell(ruled(text(FrenchFormat.integer(line.getQuantity()), this.body, Element.ALIGN_RIGHT)));
			table.addCell(ruled(text(FrenchFormat.euros(line.getUnitPriceExclVat()), this.body, Element.ALIGN_RIGHT)));
			String discount = (line.getDiscountPercent().signum() == 0) ? "—"
					: FrenchFormat.percent(line.getDiscountPercent());
			table.addCell(ruled(text(discount, this.body, Element.ALIGN_RIGHT)));
			table.addCell(
					ruled(text(FrenchFormat.percent(line.getVatRate().percent()), this.body, Element.ALIGN_RIGHT)));
			table.addCell(ruled(text(FrenchFormat.euros(line.getNetAmount()), this.body, Element.ALIGN_RIGHT)));
		}
		table.setSpacingAfter(14);
		return table;
	}

	private PdfPTable totals(InvoiceDetails details) {
		Invoice invoice = details.invoice();
		PdfPTable table = table(new float[] { 52, 6, 42 });

		PdfPTable vat = table(new float[] { 30, 35, 35 });
		for (String label : new String[] { "Taux de TVA", "Base HT", "Montant TVA" }) {
			PdfPCell cell = text(label, this.bold, Element.ALIGN_RIGHT);
			cell.setBackgroundColor(SHADE);
			vat.addCell(cell);
		}
		for (VatBreakdown.RateTotal rate : details.vat().rates()) {
			vat.addCell(ruled(text(FrenchFormat.percent(rate.rate().percent()), this.body, Element.ALIGN_RIGHT)));
			vat.addCell(ruled(text(FrenchFormat.euros(rate.base()), this.body, Element.ALIGN_RIGHT)));
			vat.addCell(ruled(text(FrenchFormat.euros(rate.vat()), this.body, Element.ALIGN_RIGHT)));
		}
		PdfPCell left = cell();
		left.addElement(vat);
		table.addCell(left);
		table.addCell(cell());

		PdfPTable sums = table(new float[] { 55, 45 });
		total(sums, "Total HT", invoice.getTotalExclVat(), false);
		total(sums, "Total TVA", invoice.getTotalVat(), false);
		boolean creditNote = invoice.getKind() == InvoiceKind.CREDIT_NOTE;
		total(sums, creditNote ? "Montant de l'avoir TTC" : "Total TTC", invoice.getTotalInclVat(), true);
		if (!creditNote) {
			total(sums, "Déjà réglé", invoice.getAmountPaid(), false);
			if (!invoice.getAmountCredited().isZero()) {
				total(sums, "Avoirs", invoice.getAmountCredited(), false);
			}
			Money due = invoice.isIssued() ? invoice.amountDue() : invoice.getTotalInclVat();
			total(sums, "Net à payer", due, true);
		}
		PdfPCell right = cell();
		right.addElement(sums);
		table.addCell(right);
		table.setSpacingAfter(16);
		return table;
	}

	private void total(PdfPTable table, String label, Money amount, boolean strong) {
		Font font = strong ? this.bold : this.body;
		PdfPCell name = ruled(text(label, font, Element.ALIGN_LEFT));
		PdfPCell value = ruled(text(FrenchFormat.euros(amount), font, Element.ALIGN_RIGHT));
		if (strong) {
			name.setBackgroundColor(SHADE);
			value.setBackgroundColor(SHADE);
		}
		table.addCell(name);
		table.addCell(value);
	}

	private List<Paragraph> mentions(InvoiceDetails details) {
		Invoice invoice = details.invoice();
		List<String> texts = new ArrayList<>();
		if (invoice.getKind() == InvoiceKind.INVOICE) {
			String when = (invoice.getPaymentTermsDays() == 0) ? "à réception de la facture" : "à "
					+ invoice.getPaymentTermsDays() + " jours à compter de la date d'émission"
					+ (invoice.isIssued() ? ", soit au plus tard le " + FrenchFormat.date(invoice.getDueDate()) : "");
			texts.add("Conditions de paiement : paiement " + when + ", par virement sur le compte IBAN "
					+ grouped(this.company.iban()) + " — BIC " + this.company.bic() + ".");
			texts.add("Pas d'escompte pour paiement anticipé.");
			texts.add("En cas de retard de paiement, des pénalités sont exigibles dès le lendemain de la date "
					+ "d'échéance, sans qu'un rappel soit nécessaire, au taux de trois fois le taux d'intérêt légal "
					+ "(article L441-10 du Code de commerce). Tout professionnel en situation de retard de paiement "
					+ "est en outre redevable d'une indemnité forfaitaire pour frais de recouvrement de "
					+ FrenchFormat.integer(INDEMNITY.longValue()) + FrenchFormat.NBSP + "€ (article D441-5 du Code "
					+ "de commerce).");
		}
		else if (details.creditedInvoice() != null) {
			texts.add("Le présent avoir annule, pour les quantités et montants indiqués, la facture "
					+ details.creditedInvoice().getNumber() + " du "
					+ FrenchFormat.date(details.creditedInvoice().getIssueDate())
					+ " ; il vient en déduction des sommes dues au titre de cette facture.");
		}
		texts.add("Opération : livraison de biens et prestations de services.");
		if (invoice.isIssued()) {
			texts.add("Facture électronique Factur-X (profil EN 16931) : les données structurées de ce document "
					+ "sont jointes au PDF (factur-x.xml).");
		}
		if (invoice.getNotes() != null && !invoice.getNotes().isBlank()) {
			texts.add("Remarques : " + invoice.getNotes());
		}
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String text : texts) {
			Paragraph paragraph = new Paragraph(text, this.small);
			paragraph.setSpacingAfter(3);
			paragraphs.add(paragraph);
		}
		return paragraphs;
	}

	private String capital() {
		return FrenchFormat.euros(new Money(this.company.shareCapital()));
	}

	/** The one-line legal identity repeated at the foot of every page. */
	private String footer() {
		return this.company.name() + " — " + this.company.legalForm() + " au capital de " + capital() + " — "
				+ this.company.addressLine() + ", " + this.company.postalCode() + " " + this.company.city()
				+ " — SIREN " + spaced(this.company.siren()) + " — " + this.company.rcs() + " — TVA "
				+ this.company.vatNumber();
	}

	private Paragraph line(String text) {
		return new Paragraph(text, this.body);
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		return table;
	}

	private static PdfPCell cell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	private static PdfPCell text(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(4);
		return cell;
	}

	private static PdfPCell ruled(PdfPCell cell) {
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		return cell;
	}

	/** A SIREN as it is usually printed: 812 345 676. */
	private static String spaced(String siren) {
		if (siren == null || siren.length() != 9) {
			return nonNull(siren);
		}
		return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
	}

	/** An IBAN in groups of four. */
	private static String grouped(String iban) {
		String compact = nonNull(iban).replace(" ", "");
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < compact.length(); i += 4) {
			grouped.append((i > 0) ? " " : "").append(compact, i, Math.min(i + 4, compact.length()));
		}
		return grouped.toString();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	/** The legal footer and page number on every page; the draft watermark under them. */
	private final class Decorations extends PdfPageEventHelper {

		private final boolean draft;

		Decorations(boolean draft) {
			this.draft = draft;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			Rectangle page = document.getPageSize();
			if (this.draft) {
				PdfContentByte under = writer.getDirectContentUnder();
				under.saveState();
				ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
						new Phrase("BROUILLON", new Font(InvoicePdfWriter.this.boldFont, 96, Font.NORMAL, WATERMARK)),
						page.getWidth() / 2, page.getHeight() / 2, 45);
				under.restoreState();
			}
			PdfContentByte over = writer.getDirectContent();
			ColumnText footer = new ColumnText(over);
			footer.setSimpleColumn(document.left(), 24, document.right() - 50, 52);
			Paragraph legal = new Paragraph(footer(), InvoicePdfWriter.this.small);
			legal.setAlignment(Element.ALIGN_LEFT);
			footer.addElement(legal);
			footer.go();
			ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
					new Phrase("Page " + writer.getPageNumber(), InvoicePdfWriter.this.small), document.right(), 30, 0);
		}

	}

}
