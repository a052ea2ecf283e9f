package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.PaymentMethod;
import fr.infotools.shared.SafeText;

/**
 * What clients send to the invoices API.
 */
final class InvoiceRequests {

	/** The largest quantity on one line. */
	static final int MAX_QUANTITY = 100_000;

	private InvoiceRequests() {
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A new draft.
	 *
	 * @param paymentTermsDays days from the issue date to the due date (30 when absent)
	 * @param notes printed on the invoice
	 */
	record Create(@NotNull Long customerId, @Min(0) @Max(Invoice.MAX_PAYMENT_TERMS_DAYS) Integer paymentTermsDays,
			@Size(max = 2000) @SafeText(multiline = true) String notes) {

	}

	/**
	 * A draft's terms and notes (replaced; absent notes are cleared).
	 *
	 * @param version the version read (or an If-Match header)
	 */
	record Update(@NotNull @Min(0) @Max(Invoice.MAX_PAYMENT_TERMS_DAYS) Integer paymentTermsDays,
			@Size(max = 2000) @SafeText(multiline = true) String notes, @PositiveOrZero Long version) {

	}

	/**
	 * A line to add to a draft: the price, VAT rate and cost come from the catalogue.
	 *
	 * @param quantity a whole number of units (read as a decimal so that 1.5 is refused
	 * rather than silently truncated)
	 */
	record AddLine(@NotNull Long productId,
			@NotNull @Positive @Max(MAX_QUANTITY) @Digits(integer = 6, fraction = 0) BigDecimal quantity,
			@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {

	}

	/** A line's new quantity (a whole number) and discount. */
	record ChangeLine(@NotNull @Positive @Max(MAX_QUANTITY) @Digits(integer = 6, fraction = 0) BigDecimal quantity,
			@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {

	}

	/**
	 * Money received.
	 *
	 * @param amount in euros, at most the amount due, with at most two decimals
	 * @param paidOn the day it was received: not in the future
	 */
	record RecordPayment(@NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull LocalDate paidOn, @NotNull PaymentMethod method, @Size(max = 64) @SafeText String reference) {

	}

	/**
	 * A credit note: the quantities to credit per invoice line (everything left to credit
	 * when absent or empty), and its date (today when absent).
	 */
	record CreditNote(@Valid @Size(max = 500) List<@NotNull @Valid CreditLine> lines, LocalDate date) {

	}

	/** A quantity of one invoice line to credit. */
	record CreditLine(@NotNull @Positive Integer lineNo,
			@NotNull @Positive @Max(MAX_QUANTITY) @Digits(integer = 6, fraction = 0) BigDecimal quantity) {

	}

}
