package fr.infotools.invoicing;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of an invoice, a draft and a credit note, read back as text: every mention the
 * law requires is there, amounts are written the French way.
 */
class InvoicePdfWriterTests {

	static final CompanyProperties COMPANY = new CompanyProperties("Info-Tools SAS", "Société par actions simplifiée",
			new BigDecimal("150000.00"), "12 rue de la République", "69002", "Lyon", "FR", "812345676",
			"RCS Lyon 812 345 676", "FR19812345676", "FR7630004012340001234567862", "BNPAFRPPXXX",
			"facturation@infotools.example", "04 72 10 20 30");

	private static final ProductSnapshot SERVER = new ProductSnapshot(1, "Serveur tour T150", Money.euros("2290.00"),
			VatRate.STANDARD, Money.euros("1650.00"), true);

	private static final ProductSnapshot BOOK = new ProductSnapshot(2, "Manuel d'administration", Money.euros("39.00"),
			VatRate.REDUCED, Money.euros("12.00"), false);

	private static final Buyer BUYER = new Buyer(7, "Boulangerie Martin SARL", "732829320", "3 rue de la Paix", "69002",
			"Lyon", "FR");

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	private final InvoicePdfWriter writer = new InvoicePdfWriter(COMPANY);

	@Test
	void anIssuedInvoiceCarriesEveryMandatoryMention() throws IOException {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 7, 1, 30);
		// 2 × 2290.00 less 5 % = 4351.00 (20 %: 870.20); 3 × 39.00 = 117.00 (5.5 %: 6.435
		// →
		// 6.44)
		invoice.addLine(SERVER, 2, new BigDecimal("5"));
		invoice.addLine(BOOK, 3, null);
		invoice.issue("FA-2026-00042", DAY, Instant.now());
		// 4468.00 + 876.64 = 5344.64; 1000.00 paid, 4344.64 due
		invoice.recordPayment(Money.euros("1000.00"));
		Payment payment = new Payment(1, Money.euros("1000.00"), DAY, PaymentMethod.TRANSFER, "VIR-1", Instant.now());
		String text = text(this.writer
			.write(InvoiceDetails.of(invoice, BUYER, List.of(payment), List.of(), null, DAY.plusDays(1))));
		assertThat(text).contains("FACTURE", "N° FA-2026-00042", "Date d'émission : 10/03/2026",
				"Échéance : 09/04/2026");
		assertThat(text).contains("Info-Tools SAS", "Société par actions simplifiée au capital de 150 000,00 €",
				"12 rue de la République", "69002 Lyon", "SIREN 812 345 676", "RCS Lyon 812 345 676", "FR19812345676");
		assertThat(text).contains("Boulangerie Martin SARL", "3 rue de la Paix", "SIREN 732 829 320");
		assertThat(text).contains("Serveur tour T150", "2 290,00 €", "5 %", "20 %", "4 351,00 €", "5,5 %", "117,00 €");
		assertThat(text).contains("870,20 €", "6,44 €", "4 468,00 €", "876,64 €", "5 344,64 €", "1 000,00 €",
				"4 344,64 €");
		assertThat(text).contains("trois fois le taux d'intérêt légal",
				"indemnité forfaitaire pour frais de recouvrement de 40 €", "Pas d'escompte pour paiement anticipé",
				"FR76 3000 4012 3400 0123 4567 862", "BNPAFRPPXXX");
		assertThat(text).doesNotContain("BROUILLON");
	}

	@Test
	void aDraftHasNoNumberAndSaysItIsADraft() throws IOException {
		Invoice draft = new Invoice(InvoiceKind.INVOICE, 7, 1, 45);
		draft.addLine(BOOK, 1, null);
		draft.changeNotes("Livraison au dépôt");
		String text = text(this.writer.write(InvoiceDetails.of(draft, BUYER, List.of(), List.of(), null, DAY)));
		assertThat(text).contains("BROUILLON — sans numéro, non émis", "45 jours", "Remarques : Livraison au dépôt",
				"41,15 €");
		assertThat(text).doesNotContain("FA-");
	}

	@Test
	void aCreditNoteIsAnAvoirThatNamesTheInvoiceItCredits() throws IOException {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 7, 1, 30);
		invoice.addLine(BOOK, 3, null);
		invoice.issue("FA-2026-00042", DAY, Instant.now());
		Invoice note = invoice.creditNote(Map.of(1, 1), CreditedLines.none());
		note.issue("AV-2026-00003", DAY.plusDays(2), Instant.now());
		String text = text(
				this.writer.write(InvoiceDetails.of(note, BUYER, List.of(), List.of(), invoice, DAY.plusDays(2))));
		assertThat(text).contains("AVOIR", "N° AV-2026-00003", "Avoir sur la facture FA-2026-00042", "du 10/03/2026",
				"Manuel d'administration", "41,15 €", "SIREN 812 345 676");
		assertThat(text).doesNotContain("BROUILLON", "Net à payer");
	}

	private static String text(byte[] pdf) throws IOException {
		return PdfText.of(pdf);
	}

}
