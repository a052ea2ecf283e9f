package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The invoice arithmetic and life cycle, without a database. Expected amounts are worked
 * out by hand in the comments.
 */
class InvoiceTests {

	private static final ProductSnapshot SERVER = new ProductSnapshot(1, "Serveur", Money.euros("2290.00"),
			VatRate.STANDARD, Money.euros("1650.00"), true);

	private static final ProductSnapshot BOOK = new ProductSnapshot(2, "Manuel", Money.euros("39.00"), VatRate.REDUCED,
			Money.euros("12.00"), false);

	private static final ProductSnapshot CABLE = new ProductSnapshot(3, "Câble", Money.euros("0.99"), VatRate.STANDARD,
			Money.euros("0.40"), true);

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void lineNetIsQuantityTimesPriceLessDiscountRoundedOnce() {
		// 3 × 0.99 = 2.97; less 12.5 % = 2.59875 → 2.60
		assertThat(InvoiceLine.net(Money.euros("0.99"), 3, new BigDecimal("12.5"))).isEqualTo(Money.euros("2.60"));
		// 7 × 19.99 = 139.93; less 0 % = 139.93
		assertThat(InvoiceLine.net(Money.euros("19.99"), 7, BigDecimal.ZERO)).isEqualTo(Money.euros("139.93"));
		// 100 % discount: free
		assertThat(InvoiceLine.net(Money.euros("50"), 2, new BigDecimal("100"))).isEqualTo(Money.ZERO);
	}

	@Test
	void totalsAddUpToTheCentWithVatPerRate() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		// 2 × 2290.00 less 5 % = 4351.00 (20 %)
		invoice.addLine(SERVER, 2, new BigDecimal("5"));
		// 3 × 39.00 = 117.00 (5.5 %)
		invoice.addLine(BOOK, 3, null);
		// 7 × 0.99 = 6.93 (20 %)
		invoice.addLine(CABLE, 7, BigDecimal.ZERO);
		// 20 % base 4357.93 → VAT 871.586 → 871.59 ; 5.5 % base 117.00 → 6.435 → 6.44
		assertThat(invoice.getTotalExclVat()).isEqualTo(Money.euros("4474.93"));
		assertThat(invoice.getTotalVat()).isEqualTo(Money.euros("878.03"));
		assertThat(invoice.getTotalInclVat()).isEqualTo(Money.euros("5352.96"));
		// cost 2 × 1650 + 3 × 12 + 7 × 0.40 = 3338.80 ; margin 1136.13
		assertThat(invoice.getTotalCost()).isEqualTo(Money.euros("3338.80"));
		assertThat(invoice.margin()).isEqualTo(Money.euros("1136.13"));
		VatBreakdown breakdown = invoice.vatBreakdown();
		assertThat(breakdown.rates()).extracting(VatBreakdown.RateTotal::rate)
			.containsExactly(VatRate.STANDARD, VatRate.REDUCED);
		assertThat(breakdown.rates()).extracting(VatBreakdown.RateTotal::vat)
			.containsExactly(Money.euros("871.59"), Money.euros("6.44"));
		assertThat(invoice.line(1).margin()).isEqualTo(Money.euros("1051.00"));
	}

	@Test
	void editingADraftRecomputesTotals() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		invoice.addLine(BOOK, 1, null);
		invoice.addLine(CABLE, 1, null);
		invoice.changeLine(1, 2, new BigDecimal("10"));
		// 2 × 39 less 10 % = 70.20 (VAT 3.861 → 3.86) + 0.99 (VAT 0.198 → 0.20)
		assertThat(invoice.getTotalExclVat()).isEqualTo(Money.euros("71.19"));
		assertThat(invoice.getTotalInclVat()).isEqualTo(Money.euros("75.25"));
		invoice.removeLine(2);
		assertThat(invoice.getLines()).hasSize(1);
		assertThat(invoice.getTotalInclVat()).isEqualTo(Money.euros("74.06"));
		assertThat(invoice.addLine(CABLE, 1, null).getLineNo()).isEqualTo(2);
	}

	@Test
	void refusesBadLines() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.addLine(BOOK, 0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.addLine(BOOK, 1, new BigDecimal("-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.addLine(BOOK, 1, new BigDecimal("100.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.line(9));
		assertThatIllegalArgumentException().isThrownBy(() -> new Invoice(InvoiceKind.INVOICE, 1, 1, 61));
		assertThatIllegalArgumentException().isThrownBy(() -> new Invoice(InvoiceKind.INVOICE, 1, 1, -1));
	}

	@Test
	void aDraftsPaymentTermsChangeWithinSixtyDaysUntilIssue() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		invoice.changePaymentTerms(0);
		assertThat(invoice.getPaymentTermsDays()).isZero();
		invoice.changePaymentTerms(60);
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.changePaymentTerms(61));
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.changePaymentTerms(-1));
		invoice.addLine(BOOK, 1, null);
		invoice.issue("FA-2026-00001", DAY, Instant.now());
		// 10 March + 60 days = 9 May
		assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 5, 9));
		assertThatIllegalStateException().isThrownBy(() -> invoice.changePaymentTerms(30));
	}

	@Test
	void issuingFreezesTheInvoiceAndSetsTheDueDate() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 45);
		assertThatIllegalStateException().isThrownBy(() -> invoice.issue("FA-2026-00001", DAY, Instant.now()));
		invoice.addLine(BOOK, 1, null);
		invoice.issue("FA-2026-00001", DAY, Instant.now());
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
		assertThat(invoice.getNumber()).isEqualTo("FA-2026-00001");
		assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 24));
		assertThatIllegalStateException().isThrownBy(() -> invoice.addLine(BOOK, 1, null));
		assertThatIllegalStateException().isThrownBy(() -> invoice.changeLine(1, 2, null));
		assertThatIllegalStateException().isThrownBy(() -> invoice.removeLine(1));
		assertThatIllegalStateException().isThrownBy(() -> invoice.changeNotes("x"));
		assertThatIllegalStateException().isThrownBy(() -> invoice.issue("FA-2026-00002", DAY, Instant.now()));
	}

	@Test
	void paymentsSettleTheInvoiceAndOverdueIsDerived() {
		Invoice invoice = issued(BOOK, 2); // 78.00 + 4.29 VAT = 82.29
		assertThat(invoice.amountDue()).isEqualTo(Money.euros("82.29"));
		assertThat(invoice.isOverdue(DAY.plusDays(30))).isFalse();
		assertThat(invoice.isOverdue(DAY.plusDays(31))).isTrue();
		invoice.recordPayment(Money.euros("50.00"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
		assertThat(invoice.isOverdue(DAY.plusDays(31))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.recordPayment(Money.euros("32.30")));
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.recordPayment(Money.ZERO));
		invoice.recordPayment(Money.euros("32.29"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
		assertThat(invoice.amountDue()).isEqualTo(Money.ZERO);
		assertThat(invoice.isOverdue(DAY.plusDays(90))).isFalse();
	}

	@Test
	void draftsTakeNoPaymentAndOweNothing() {
		Invoice draft = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		draft.addLine(BOOK, 1, null);
		assertThat(draft.amountDue()).isEqualTo(Money.ZERO);
		assertThatIllegalStateException().isThrownBy(() -> draft.recordPayment(Money.euros("1")));
		assertThatIllegalStateException().isThrownBy(draft::newCreditNote);
	}

	@Test
	void creditsLowerWhatIsDueAndAFullCreditCancelsTheInvoice() {
		Invoice invoice = issued(SERVER, 1); // 2290.00 + 458.00 = 2748.00
		invoice.recordCredit(Money.euros("748.00"));
		assertThat(invoice.amountDue()).isEqualTo(Money.euros("2000.00"));
		assertThat(invoice.creditable()).isEqualTo(Money.euros("2000.00"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
		assertThatIllegalArgumentException().isThrownBy(() -> invoice.recordCredit(Money.euros("2000.01")));
		invoice.recordCredit(Money.euros("2000.00"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.CREDITED);
		assertThatIllegalStateException().isThrownBy(() -> invoice.recordPayment(Money.euros("1")));
	}

	@Test
	void paidThenPartlyCreditedIsPaid() {
		Invoice invoice = issued(BOOK, 1); // 39.00 + 2.15 = 41.15
		invoice.recordPayment(Money.euros("30.00"));
		invoice.recordCredit(Money.euros("11.15"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
	}

	@Test
	void aCreditNoteCopiesTheInvoiceParties() {
		Invoice invoice = issued(BOOK, 1);
		Invoice note = invoice.newCreditNote();
		assertThat(note.getKind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
		assertThat(note.getCustomerId()).isEqualTo(invoice.getCustomerId());
		assertThat(note.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
		note.addLine(invoice.line(1).snapshot(), 1, BigDecimal.ZERO);
		note.issue("AV-2026-00001", DAY, Instant.now());
		assertThat(note.amountDue()).isEqualTo(Money.ZERO);
		assertThat(note.isOverdue(DAY.plusYears(1))).isFalse();
		assertThatIllegalStateException().isThrownBy(note::newCreditNote);
	}

	private static Invoice issued(ProductSnapshot product, int quantity) {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		invoice.addLine(product, quantity, null);
		invoice.issue("FA-2026-00001", DAY, Instant.now());
		return invoice;
	}

}
