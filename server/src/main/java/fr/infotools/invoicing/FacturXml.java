package fr.infotools.invoicing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;

/**
 * The Cross Industry Invoice (UN/CEFACT CII D16B) of an issued invoice or credit note, in
 * the EN 16931 profile of Factur-X: the XML a machine reads where a person reads the PDF.
 * Every amount is the invoice's own, never recomputed: lines, VAT per rate, totals, what
 * was already paid and what is due. A credit note (type 381) names the invoice it
 * credits.
 */
final class FacturXml {

	/** Guideline identifier of the EN 16931 profile (BT-24). */
	static final String EN16931 = "urn:cen.eu:en16931:2017";

	private static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

	private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

	private static final String QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

	private static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** UN/ECE recommendation 20 code of "one unit". */
	private static final String UNIT = "C62";

	private final CompanyProperties company;

	FacturXml(CompanyProperties company) {
		this.company = company;
	}

	/** The XML of an issued document, UTF-8. */
	byte[] write(InvoiceDetails details) {
		Invoice invoice = details.invoice();
		if (!invoice.isIssued()) {
			throw new IllegalArgumentException("A draft is not an invoice: it has no Factur-X data");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			Cii cii = new Cii(xml);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setPrefix("rsm", RSM);
			xml.setPrefix("ram", RAM);
			xml.setPrefix("qdt", QDT);
			xml.setPrefix("udt", UDT);
			xml.writeStartElement(RSM, "CrossIndustryInvoice");
			xml.writeNamespace("rsm", RSM);
			xml.writeNamespace("ram", RAM);
			xml.writeNamespace("qdt", QDT);
			xml.writeNamespace("udt", UDT);
			context(cii);
			document(cii, details);
			xml.writeStartElement(RSM, "SupplyChainTradeTransaction");
			for (InvoiceLine line : details.lines()) {
				line(cii, line);
			}
			agreement(cii, details.buyer());
			cii.open("ApplicableHeaderTradeDelivery");
			cii.open("ActualDeliverySupplyChainEvent");
			cii.date("OccurrenceDateTime", invoice.getIssueDate());
			cii.close();
			cii.close();
			settlement(cii, details);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the Factur-X XML", ex);
		}
		return out.toByteArray();
	}

	private static void context(Cii cii) throws XMLStreamException {
		cii.xml.writeStartElement(RSM, "ExchangedDocumentContext");
		cii.open("GuidelineSpecifiedDocumentContextParameter");
		cii.text("ID", EN16931);
		cii.close();
		cii.xml.writeEndElement();
	}

	private void document(Cii cii, InvoiceDetails details) throws XMLStreamException {
		Invoice invoice = details.invoice();
		cii.xml.writeStartElement(RSM, "ExchangedDocument");
		cii.text("ID", invoice.getNumber());
		cii.text("TypeCode", typeCode(invoice));
		cii.date("IssueDateTime", invoice.getIssueDate());
		note(cii,
				this.company.name() + " — " + this.company.legalForm() + " au capital de "
						+ FrenchFormat.euros(new Money(this.company.shareCapital())) + " — " + this.company.rcs(),
				"REG");
		// the mentions French rules require in every document's notes (BR-FR-05)
		note(cii, "Pas d'escompte pour paiement anticipé.", "AAB");
		note(cii, "En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal "
				+ "(article L441-10 du Code de commerce).", "PMD");
		note(cii, "Indemnité forfaitaire pour frais de recouvrement due par tout professionnel en retard de "
				+ "paiement : 40 € (article D441-5 du Code de commerce).", "PMT");
		if (invoice.getNotes() != null && !invoice.getNotes().isBlank()) {
			note(cii, invoice.getNotes(), "AAI");
		}
		cii.xml.writeEndElement();
	}

	private static String typeCode(Invoice invoice) {
		return (invoice.getKind() == InvoiceKind.CREDIT_NOTE) ? "381" : "380";
	}

	private static void note(Cii cii, String content, String subject) throws XMLStreamException {
		cii.open("IncludedNote");
		cii.text("Content", content);
		cii.text("SubjectCode", subject);
		cii.close();
	}

	private static void line(Cii cii, InvoiceLine line) throws XMLStreamException {
		cii.open("IncludedSupplyChainTradeLineItem");
		cii.open("AssociatedDocumentLineDocument");
		cii.text("LineID", Integer.toString(line.getLineNo()));
		cii.close();
		cii.open("SpecifiedTradeProduct");
		cii.text("SellerAssignedID", Long.toString(line.getProductId()));
		cii.text("Name", line.getDescription());
		cii.close();
		cii.open("SpecifiedLineTradeAgreement");
		BigDecimal gross = line.getUnitPriceExclVat().amount();
		// exact: a price in cents times a percentage with two decimals
		BigDecimal discount = gross.multiply(line.getDiscountPercent()).movePointLeft(2).stripTrailingZeros();
		if (discount.signum() != 0) {
			cii.open("GrossPriceProductTradePrice");
			cii.text("ChargeAmount", gross.toPlainString());
			cii.open("AppliedTradeAllowanceCharge");
			cii.open("ChargeIndicator");
			cii.udt("Indicator", "false");
			cii.close();
			cii.text("ActualAmount", plain(discount));
			cii.close();
			cii.close();
		}
		cii.open("NetPriceProductTradePrice");
		cii.text("ChargeAmount", plain(gross.subtract(discount)));
		cii.close();
		cii.close();
		cii.open("SpecifiedLineTradeDelivery");
		cii.xml.writeStartElement(RAM, "BilledQuantity");
		cii.xml.writeAttribute("unitCode", UNIT);
		cii.xml.writeCharacters(Integer.toString(line.getQuantity()));
		cii.xml.writeEndElement();
		cii.close();
		cii.open("SpecifiedLineTradeSettlement");
		tax(cii, line.getVatRate());
		cii.open("SpecifiedTradeSettlementLineMonetarySummation");
		cii.text("LineTotalAmount", amount(line.getNetAmount()));
		cii.close();
		cii.close();
		cii.close();
	}

	/** A line's VAT: type, category and rate. */
	private static void tax(Cii cii, VatRate rate) throws XMLStreamException {
		cii.open("ApplicableTradeTax");
		cii.text("TypeCode", "VAT");
		cii.text("CategoryCode", category(rate));
		cii.text("RateApplicablePercent", rate.percent().toPlainString());
		cii.close();
	}

	/** S for the standard, intermediate and reduced rates; E (exempt) at 0 %. */
	private static String category(VatRate rate) {
		return (rate == VatRate.ZERO) ? "E" : "S";
	}

	private void agreement(Cii cii, Buyer buyer) throws XMLStreamException {
		cii.open("ApplicableHeaderTradeAgreement");
		cii.open("SellerTradeParty");
		cii.text("Name", this.company.name());
		cii.text("Description", this.company.legalForm() + " au capital de "
				+ FrenchFormat.euros(new Money(this.company.shareCapital())) + " — " + this.company.rcs());
		legalOrganization(cii, this.company.siren());
		cii.open("DefinedTradeContact");
		if (this.company.phone() != null) {
			cii.open("TelephoneUniversalCommunication");
			cii.text("CompleteNumber", this.company.phone());
			cii.close();
		}
		if (this.company.email() != null) {
			cii.open("EmailURIUniversalCommunication");
			cii.text("URIID", this.company.email());
			cii.close();
		}
		cii.close();
		address(cii, this.company.postalCode(), this.company.addressLine(), this.company.city(),
				this.company.country());
		if (this.company.email() != null) {
			electronicAddress(cii, "EM", this.company.email());
		}
		cii.open("SpecifiedTaxRegistration");
		cii.xml.writeStartElement(RAM, "ID");
		cii.xml.writeAttribute("schemeID", "VA");
		cii.xml.writeCharacters(this.company.vatNumber());
		cii.xml.writeEndElement();
		cii.close();
		cii.close();

		cii.open("BuyerTradeParty");
		cii.text("Name", buyer.companyName());
		legalOrganization(cii, buyer.siren());
		address(cii, buyer.postalCode(), buyer.addressLine(), buyer.city(), buyer.country());
		if (buyer.siren() != null && !buyer.siren().isBlank()) {
			// the buyer's e-invoicing address in the French directory: its SIREN (scheme
			// 0225)
			electronicAddress(cii, "0225", buyer.siren());
		}
		cii.close();
		cii.close();
	}

	private static void electronicAddress(Cii cii, String scheme, String address) throws XMLStreamException {
		cii.open("URIUniversalCommunication");
		cii.xml.writeStartElement(RAM, "URIID");
		cii.xml.writeAttribute("schemeID", scheme);
		cii.xml.writeCharacters(address);
		cii.xml.writeEndElement();
		cii.close();
	}

	/** A SIREN, identified as such (ISO 6523 scheme 0002). */
	private static void legalOrganization(Cii cii, String siren) throws XMLStreamException {
		if (siren == null || siren.isBlank()) {
			return;
		}
		cii.open("SpecifiedLegalOrganization");
		cii.xml.writeStartElement(RAM, "ID");
		cii.xml.writeAttribute("schemeID", "0002");
		cii.xml.writeCharacters(siren);
		cii.xml.writeEndElement();
		cii.close();
	}

	private static void address(Cii cii, String postalCode, String line, String city, String country)
			throws XMLStreamException {
		cii.open("PostalTradeAddress");
		cii.optional("PostcodeCode", postalCode);
		cii.optional("LineOne", line);
		cii.optional("CityName", city);
		cii.text("CountryID", (country != null && !country.isBlank()) ? country : "FR");
		cii.close();
	}

	private void settlement(Cii cii, InvoiceDetails details) throws XMLStreamException {
		Invoice invoice = details.invoice();
		boolean creditNote = invoice.getKind() == InvoiceKind.CREDIT_NOTE;
		cii.open("ApplicableHeaderTradeSettlement");
		cii.text("InvoiceCurrencyCode", "EUR");
		if (!creditNote && this.company.iban() != null) {
			cii.open("SpecifiedTradeSettlementPaymentMeans");
			// 58: SEPA credit transfer
			cii.text("TypeCode", "58");
			cii.open("PayeePartyCreditorFinancialAccount");
			cii.text("IBANID", this.company.iban().replace(" ", ""));
			cii.close();
			if (this.company.bic() != null) {
				cii.open("PayeeSpecifiedCreditorFinancialInstitution");
				cii.text("BICID", this.company.bic());
				cii.close();
			}
			cii.close();
		}
		for (VatBreakdown.RateTotal rate : details.vat().rates()) {
			cii.open("ApplicableTradeTax");
			cii.text("CalculatedAmount", amount(rate.vat()));
			cii.text("TypeCode", "VAT");
			if (rate.rate() == VatRate.ZERO) {
				cii.text("ExemptionReason", "Exonération de TVA");
			}
			cii.text("BasisAmount", amount(rate.base()));
			cii.text("CategoryCode", category(rate.rate()));
			cii.text("RateApplicablePercent", rate.rate().percent().toPlainString());
			cii.close();
		}
		if (!creditNote) {
			cii.open("SpecifiedTradePaymentTerms");
			cii.text("Description",
					(invoice.getPaymentTermsDays() == 0) ? "Paiement à réception de la facture, par virement."
							: "Paiement à " + invoice.getPaymentTermsDays()
									+ " jours à compter de la date d'émission, par virement.");
			cii.date("DueDateDateTime", invoice.getDueDate());
			cii.close();
		}
		Money paid = creditNote ? Money.ZERO : invoice.getAmountPaid();
		Money due = invoice.getTotalInclVat().minus(paid);
		cii.open("SpecifiedTradeSettlementHeaderMonetarySummation");
		cii.text("LineTotalAmount", amount(invoice.getTotalExclVat()));
		cii.text("TaxBasisTotalAmount", amount(invoice.getTotalExclVat()));
		cii.xml.writeStartElement(RAM, "TaxTotalAmount");
		cii.xml.writeAttribute("currencyID", "EUR");
		cii.xml.writeCharacters(amount(invoice.getTotalVat()));
		cii.xml.writeEndElement();
		cii.text("GrandTotalAmount", amount(invoice.getTotalInclVat()));
		cii.text("TotalPrepaidAmount", amount(paid));
		cii.text("DuePayableAmount", amount(due.isNegative() ? Money.ZERO : due));
		cii.close();
		Invoice credited = details.creditedInvoice();
		if (creditNote && credited != null) {
			cii.open("InvoiceReferencedDocument");
			cii.text("IssuerAssignedID", credited.getNumber());
			cii.open("FormattedIssueDateTime");
			cii.xml.writeStartElement(QDT, "DateTimeString");
			cii.xml.writeAttribute("format", "102");
			cii.xml.writeCharacters(DAY.format(credited.getIssueDate()));
			cii.xml.writeEndElement();
			cii.close();
			cii.close();
		}
		cii.close();
	}

	private static String amount(Money money) {
		return money.amount().toPlainString();
	}

	/** A unit price: at least two decimals, more only when they count. */
	private static String plain(BigDecimal value) {
		return (value.scale() < 2) ? value.setScale(2).toPlainString() : value.toPlainString();
	}

	/** Writes {@code ram:} elements. */
	private record Cii(XMLStreamWriter xml) {

		void open(String name) throws XMLStreamException {
			this.xml.writeStartElement(RAM, name);
		}

		void close() throws XMLStreamException {
			this.xml.writeEndElement();
		}

		void text(String name, String value) throws XMLStreamException {
			open(name);
			this.xml.writeCharacters(value);
			close();
		}

		void optional(String name, String value) throws XMLStreamException {
			if (value != null && !value.isBlank()) {
				text(name, value);
			}
		}

		void udt(String name, String value) throws XMLStreamException {
			this.xml.writeStartElement(UDT, name);
			this.xml.writeCharacters(value);
			this.xml.writeEndElement();
		}

		/**
		 * A date as CII writes it: {@code <udt:DateTimeString format="102">20260310</…>}.
		 */
		void date(String name, LocalDate date) throws XMLStreamException {
			open(name);
			this.xml.writeStartElement(UDT, "DateTimeString");
			this.xml.writeAttribute("format", "102");
			this.xml.writeCharacters(DAY.format(date));
			this.xml.writeEndElement();
			close();
		}

	}

}
