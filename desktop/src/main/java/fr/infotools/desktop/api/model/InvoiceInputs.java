package fr.infotools.desktop.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the invoicing calls send. */
public final class InvoiceInputs {

	private InvoiceInputs() {
	}

	/** A new draft. */
	public record Create(Long customerId, Integer paymentTermsDays, String notes) {
	}

	/** A draft's header. */
	public record Update(Integer paymentTermsDays, String notes, Long version) {
	}

	/** A line added to a draft. */
	public record AddLine(Long productId, BigDecimal quantity, BigDecimal discountPercent) {
	}

	/** A draft line changed. */
	public record ChangeLine(BigDecimal quantity, BigDecimal discountPercent) {
	}

	/** A payment. */
	public record RecordPayment(BigDecimal amount, LocalDate paidOn, PaymentMethod method, String reference) {
	}

	/** A credit note: everything left when lines is empty. */
	public record CreditNote(List<CreditLine> lines, LocalDate date) {
	}

	/** A quantity of one line to credit. */
	public record CreditLine(Integer lineNo, BigDecimal quantity) {
	}

}
