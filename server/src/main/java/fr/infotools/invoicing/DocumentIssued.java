package fr.infotools.invoicing;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.shared.Money;

/**
 * An invoice or a credit note was issued: published inside the issuing transaction, so
 * what listeners write commits or rolls back with it.
 */
public record DocumentIssued(long documentId, InvoiceKind kind, long salesRepId, LocalDate issueDate,
		List<Line> lines) {

	/** What one line sold (or, on a credit note, gave back), before VAT. */
	public record Line(long productId, int quantity, Money netAmount, Money cost) {

	}

	static DocumentIssued of(Invoice document) {
		return new DocumentIssued(document.getId(), document.getKind(), document.getSalesRepId(),
				document.getIssueDate(),
				document.getLines()
					.stream()
					.map((line) -> new Line(line.getProductId(), line.getQuantity(), line.getNetAmount(), line.cost()))
					.toList());
	}

}
