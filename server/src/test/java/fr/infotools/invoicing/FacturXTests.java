package fr.infotools.invoicing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices and credit notes as Factur-X documents: Mustang's validator (PDF/A-3, XML
 * schema, EN 16931 and Factur-X rules, arithmetic) finds them valid, and the amounts of
 * the attached XML are the invoice's own to the cent.
 */
class FacturXTests {

	private static final ProductSnapshot SERVER = new ProductSnapshot(1, "Serveur tour T150", Money.euros("2290.00"),
			VatRate.STANDARD, Money.euros("1650.00"), true);

	private static final ProductSnapshot BOOK = new ProductSnapshot(2, "Manuel d'administration", Money.euros("39.00"),
			VatRate.REDUCED, Money.euros("12.00"), false);

	private static final ProductSnapshot CABLE = new ProductSnapshot(3, "Câble RJ45 <Cat. 6> & adaptateur",
			Money.euros("0.99"), VatRate.STANDARD, Money.euros("0.20"), true);

	private static final ProductSnapshot TRAINING = new ProductSnapshot(4, "Formation (exonérée)",
			Money.euros("450.00"), VatRate.ZERO, Money.euros("300.00"), false);

	private static final Buyer BUYER = new Buyer(7, "Boulangerie Martin & Fils SARL", "732829320", "3 rue de la Paix",
			"69002", "Lyon", "FR");

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	private final InvoicePdfWriter writer = new InvoicePdfWriter(InvoicePdfWriterTests.COMPANY);

	@Test
	void anIssuedInvoiceIsAValidFacturXWhoseXmlCarriesTheInvoiceTotals() throws Exception {
		Invoice invoice = invoice();
		invoice.recordPayment(Money.euros("1000.00"));
		InvoiceDetails details = InvoiceDetails.of(invoice, BUYER, List.of(), List.of(), null, DAY);
		byte[] pdf = this.writer.write(details);
		save("facturx-invoice.pdf", pdf);

		String report = assertValid(pdf, "facturx-invoice.pdf");
		// not even a warning of the French rules (BR-FR-*) nor of EN 16931: only notices
		// of the German XRechnung rules, which do not apply to French invoices
		assertThat(report).doesNotContain("<error", "<warning");
		save("facturx-invoice.xml", this.writer.xml(details));
		Cii xml = Cii.of(pdf);
		assertThat(xml.text("//rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"))
			.isEqualTo("urn:cen.eu:en16931:2017");
		assertThat(xml.text("//rsm:ExchangedDocument/ram:ID")).isEqualTo("FA-2026-00042");
		assertThat(xml.text("//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("380");
		assertThat(xml.text("//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"))
			.isEqualTo("20260409");
		assertThat(xml.amount("LineTotalAmount")).isEqualByComparingTo(invoice.getTotalExclVat().amount());
		assertThat(xml.amount("TaxBasisTotalAmount")).isEqualByComparingTo(invoice.getTotalExclVat().amount());
		assertThat(xml.amount("TaxTotalAmount")).isEqualByComparingTo(invoice.getTotalVat().amount());
		assertThat(xml.amount("GrandTotalAmount")).isEqualByComparingTo(invoice.getTotalInclVat().amount());
		assertThat(xml.amount("TotalPrepaidAmount")).isEqualByComparingTo("1000.00");
		assertThat(xml.amount("DuePayableAmount")).isEqualByComparingTo(invoice.amountDue().amount());
		// 4351.00 + 117.00 + 6.93 + 450.00 = 4924.93; VAT 871.59 + 6.44 + 0 = 878.03
		assertThat(invoice.getTotalInclVat()).isEqualTo(Money.euros("5802.96"));
		for (VatBreakdown.RateTotal rate : details.vat().rates()) {
			String tax = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:RateApplicablePercent='"
					+ rate.rate().percent().toPlainString() + "']";
			assertThat(new BigDecimal(xml.text(tax + "/ram:BasisAmount"))).isEqualByComparingTo(rate.base().amount());
			assertThat(new BigDecimal(xml.text(tax + "/ram:CalculatedAmount")))
				.isEqualByComparingTo(rate.vat().amount());
		}
		for (InvoiceLine line : details.lines()) {
			assertThat(
					new BigDecimal(xml.text("//ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument"
							+ "/ram:LineID='" + line.getLineNo() + "']//ram:LineTotalAmount")))
				.isEqualByComparingTo(line.getNetAmount().amount());
		}
		assertThat(xml.text("//ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID")).isEqualTo("812345676");
		assertThat(xml.text("//ram:BuyerTradeParty/ram:Name")).isEqualTo("Boulangerie Martin & Fils SARL");
		assertThat(xml.text("//ram:IBANID")).isEqualTo("FR7630004012340001234567862");
		// the person's copy keeps every French mention
		assertThat(PdfText.of(pdf)).contains("FACTURE", "N° FA-2026-00042", "Câble RJ45 <Cat. 6> & adaptateur",
				"5 802,96 €", "indemnité forfaitaire pour frais de recouvrement de 40 €");
	}

	@Test
	void aCreditNoteIsAFacturXCreditNoteThatReferencesTheInvoice() throws Exception {
		Invoice invoice = invoice();
		Invoice note = invoice.creditNote(Map.of(1, 1, 2, 3), CreditedLines.none());
		note.issue("AV-2026-00003", DAY.plusDays(2), Instant.now());
		byte[] pdf = this.writer.write(InvoiceDetails.of(note, BUYER, List.of(), List.of(), invoice, DAY.plusDays(2)));
		save("facturx-credit-note.pdf", pdf);

		assertThat(assertValid(pdf, "facturx-credit-note.pdf")).doesNotContain("<error", "<warning");
		Cii xml = Cii.of(pdf);
		assertThat(xml.text("//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("381");
		assertThat(xml.text("//ram:InvoiceReferencedDocument/ram:IssuerAssignedID")).isEqualTo("FA-2026-00042");
		assertThat(xml.amount("GrandTotalAmount")).isEqualByComparingTo(note.getTotalInclVat().amount());
		assertThat(xml.amount("DuePayableAmount")).isEqualByComparingTo(note.getTotalInclVat().amount());
		assertThat(xml.amount("TaxTotalAmount")).isEqualByComparingTo(note.getTotalVat().amount());
		assertThat(PdfText.of(pdf)).contains("AVOIR", "Avoir sur la facture FA-2026-00042");
	}

	@Test
	void aDraftIsPdfAWithoutInvoiceData() throws IOException {
		Invoice draft = new Invoice(InvoiceKind.INVOICE, 7, 1, 30);
		draft.addLine(BOOK, 1, null);
		byte[] pdf = this.writer.write(InvoiceDetails.of(draft, BUYER, List.of(), List.of(), null, DAY));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
			assertThat((names != null) ? names.getEmbeddedFiles() : null).isNull();
			assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
				.contains("<pdfaid:part>1</pdfaid:part>");
		}
		assertThat(PdfText.of(pdf)).contains("BROUILLON");
	}

	private static Invoice invoice() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 7, 1, 30);
		invoice.addLine(SERVER, 2, new BigDecimal("5"));
		invoice.addLine(BOOK, 3, null);
		invoice.addLine(CABLE, 7, null);
		invoice.addLine(TRAINING, 1, null);
		invoice.issue("FA-2026-00042", DAY, Instant.now());
		return invoice;
	}

	static String assertValid(byte[] pdf, String name) {
		org.mustangproject.validator.ZUGFeRDValidator validator = new org.mustangproject.validator.ZUGFeRDValidator();
		String report = validator.validate(pdf, name);
		save(name.replace(".pdf", "-validation.xml"), report.getBytes(StandardCharsets.UTF_8));
		assertThat(report).as(report).contains("<summary status=\"valid\"/>");
		assertThat(validator.wasCompletelyValid()).as(report).isTrue();
		return report;
	}

	static void save(String name, byte[] content) {
		try {
			Path dir = Path.of("target", "facturx");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The CII XML attached to a Factur-X PDF, read with XPath. */
	record Cii(org.w3c.dom.Document document) {

		static Cii of(byte[] pdf) throws Exception {
			org.mustangproject.ZUGFeRD.ZUGFeRDImporter importer = new org.mustangproject.ZUGFeRD.ZUGFeRDImporter(
					new ByteArrayInputStream(pdf));
			javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return new Cii(factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(importer.getUTF8().getBytes(StandardCharsets.UTF_8))));
		}

		String text(String xpath) throws Exception {
			javax.xml.xpath.XPath path = javax.xml.xpath.XPathFactory.newInstance().newXPath();
			path.setNamespaceContext(new Namespaces());
			String value = path.evaluate(xpath, this.document);
			assertThat(value).as(xpath).isNotEmpty();
			return value;
		}

		BigDecimal amount(String summationField) throws Exception {
			return new BigDecimal(text("//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:" + summationField));
		}

	}

	static final class Namespaces implements javax.xml.namespace.NamespaceContext {

		private static final Map<String, String> URIS = Map.of("rsm",
				"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "ram",
				"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100", "udt",
				"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100", "qdt",
				"urn:un:unece:uncefact:data:standard:QualifiedDataType:100");

		@Override
		public String getNamespaceURI(String prefix) {
			return URIS.get(prefix);
		}

		@Override
		public String getPrefix(String namespaceURI) {
			return null;
		}

		@Override
		public java.util.Iterator<String> getPrefixes(String namespaceURI) {
			return java.util.Collections.emptyIterator();
		}

	}

}
