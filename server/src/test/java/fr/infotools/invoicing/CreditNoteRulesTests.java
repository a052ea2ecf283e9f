package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Credit notes without a database: which quantities of which lines are left to credit
 * after earlier credit notes, the net amounts credited line by line, and when an invoice
 * counts as cancelled. Amounts are worked out by hand in the comments.
 */
class CreditNoteRulesTests {

	private static final ProductSnapshot CABLE = new ProductSnapshot(3, "Câble", Money.euros("0.99"), VatRate.STANDARD,
			Money.euros("0.40"), true);

	private static final ProductSnapshot BOOK = new ProductSnapshot(2, "Manuel", Money.euros("39.00"), VatRate.REDUCED,
			Money.euros("12.00"), false);

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void aCreditNoteLineKeepsTheNumberPricesAndCostOfTheLineItCredits() {
		Invoice invoice = issued();
		Invoice note = invoice.creditNote(Map.of(2, 1), CreditedLines.none());
		assertThat(note.getKind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
		assertThat(note.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
		InvoiceLine line = note.line(2);
		assertThat(line.getProductId()).isEqualTo(2);
		assertThat(line.getDescription()).isEqualTo("Manuel");
		assertThat(line.getUnitPriceExclVat()).isEqualTo(Money.euros("39.00"));
		assertThat(line.getVatRate()).isEqualTo(VatRate.REDUCED);
		assertThat(line.getUnitCost()).isEqualTo(Money.euros("12.00"));
		// 1 × 39.00 = 39.00; VAT 5.5 % = 2.145 → 2.15
		assertThat(note.getTotalExclVat()).isEqualTo(Money.euros("39.00"));
		assertThat(note.getTotalInclVat()).isEqualTo(Money.euros("41.15"));
		assertThat(note.getTotalCost()).isEqualTo(Money.euros("12.00"));
	}

	@Test
	void earlierCreditNotesCountLineByLineAndTheLastUnitsCreditExactlyWhatIsLeft() {
		Invoice invoice = issued();
		CreditedLines credited = CreditedLines.none();
		// line 1: 3 × 0.99 less 12.5 % = 2.59875 → 2.60; one unit: 0.86625 → 0.87
		Invoice first = invoice.creditNote(Map.of(1, 1), credited);
		assertThat(first.line(1).getNetAmount()).isEqualTo(Money.euros("0.87"));
		credited = credited.plus(first);
		assertThat(credited.quantity(1)).isEqualTo(1);
		assertThat(credited.left(invoice.line(1))).isEqualTo(2);
		Invoice second = invoice.creditNote(Map.of(1, 1), credited);
		assertThat(second.line(1).getNetAmount()).isEqualTo(Money.euros("0.87"));
		credited = credited.plus(second);
		// the last unit credits what is left of the line: 2.60 − 0.87 − 0.87 = 0.86, not
		// 0.87
		Invoice last = invoice.creditNote(Map.of(1, 1), credited);
		assertThat(last.line(1).getNetAmount()).isEqualTo(Money.euros("0.86"));
		credited = credited.plus(last);
		assertThat(credited.net(1)).isEqualTo(invoice.line(1).getNetAmount());
		CreditedLines done = credited;
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> invoice.creditNote(Map.of(1, 1), done))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("invoice.credit-remaining");
				assertThat(ex.getArgs()).containsExactly(1, 0);
			});
		assertThat(done.coversAll(invoice)).isFalse();
	}

	@Test
	void anEmptyRequestCreditsEverythingLeftOnEveryLine() {
		Invoice invoice = issued();
		CreditedLines credited = CreditedLines.none().plus(invoice.creditNote(Map.of(1, 2), CreditedLines.none()));
		Invoice rest = invoice.creditNote(Map.of(), credited);
		assertThat(rest.getLines()).extracting(InvoiceLine::getLineNo, InvoiceLine::getQuantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
		assertThat(credited.plus(rest).coversAll(invoice)).isTrue();
		CreditedLines all = credited.plus(rest);
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> invoice.creditNote(Map.of(), all))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("invoice.nothing-to-credit"));
	}

	@Test
	void refusesUnknownLinesAndQuantitiesThatAreNotPositiveOrTooLarge() {
		Invoice invoice = issued();
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> invoice.creditNote(Map.of(9, 1), CreditedLines.none()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("invoice.no-such-line"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> invoice.creditNote(Map.of(1, 0), CreditedLines.none()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("invoice.credit-quantity"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> invoice.creditNote(Map.of(2, 3), CreditedLines.none()))
			.satisfies((ex) -> assertThat(ex.getArgs()).containsExactly(2, 2));
		Invoice draft = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		draft.addLine(BOOK, 1, null);
		assertThatIllegalStateException().isThrownBy(() -> draft.creditNote(Map.of(), CreditedLines.none()));
	}

	@Test
	void onlyIssuedCreditNotesCountAsCredited() {
		Invoice invoice = issued();
		Invoice issuedNote = invoice.creditNote(Map.of(2, 1), CreditedLines.none());
		issuedNote.issue("AV-2026-00001", DAY, Instant.now());
		Invoice draftNote = invoice.creditNote(Map.of(2, 1), CreditedLines.none());
		CreditedLines credited = CreditedLines.of(List.of(issuedNote, draftNote, invoice));
		assertThat(credited.quantity(2)).isEqualTo(1);
		assertThat(credited.quantities()).containsExactly(Map.entry(2, 1));
	}

	@Test
	void creditingEveryUnitCancelsTheInvoiceEvenWhenPartialVatRoundsDifferently() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		// 3 × 0.99 less 12.5 % = 2.60; VAT 20 % = 0.52; total 3.12
		invoice.addLine(CABLE, 3, new BigDecimal("12.5"));
		invoice.issue("FA-2026-00001", DAY, Instant.now());
		assertThat(invoice.getTotalInclVat()).isEqualTo(Money.euros("3.12"));
		CreditedLines credited = CreditedLines.none();
		// three notes of one unit: 0.87 + 0.17 (0.174), 0.87 + 0.17, 0.86 + 0.17 (0.172):
		// 1.04 + 1.04 + 1.03 = 3.11, a cent short of the invoice's 3.12
		Money sum = Money.ZERO;
		for (int i = 0; i < 3; i++) {
			Invoice note = invoice.creditNote(Map.of(1, 1), credited);
			note.issue("AV-2026-0000" + (i + 1), DAY, Instant.now());
			credited = credited.plus(note);
			invoice.recordCredit(note.getTotalInclVat(), credited.coversAll(invoice));
			sum = sum.plus(note.getTotalInclVat());
			if (i < 2) {
				assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
			}
		}
		assertThat(sum).isEqualTo(Money.euros("3.11"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.CREDITED);
		assertThat(invoice.getAmountCredited()).isEqualTo(Money.euros("3.12"));
		assertThat(invoice.amountDue()).isEqualTo(Money.ZERO);
	}

	@Test
	void aPaidInvoiceCreditedInPartStaysPaidAndACreditedOneTakesNoMoreCredit() {
		Invoice invoice = issued();
		invoice.recordPayment(invoice.amountDue());
		Invoice note = invoice.creditNote(Map.of(2, 1), CreditedLines.none());
		invoice.recordCredit(note.getTotalInclVat(), false);
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
		invoice.recordCredit(invoice.creditable(), true);
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.CREDITED);
		assertThatIllegalStateException().isThrownBy(() -> invoice.recordCredit(Money.euros("0.01"), false));
	}

	/**
	 * Line 1: 3 cables less 12.5 % = 2.60 (20 %); line 2: 2 manuals = 78.00 (5.5 %).
	 */
	private static Invoice issued() {
		Invoice invoice = new Invoice(InvoiceKind.INVOICE, 1, 1, 30);
		invoice.addLine(CABLE, 3, new BigDecimal("12.5"));
		invoice.addLine(BOOK, 2, null);
		invoice.issue("FA-2026-00001", DAY, Instant.now());
		return invoice;
	}

}
