package fr.infotools.invoicing;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import fr.infotools.shared.Money;

/**
 * What the issued credit notes of one invoice have already credited, per invoice line (a
 * credit note's line carries the number of the invoice line it credits): the quantity and
 * the net amount.
 */
public final class CreditedLines {

	private final Map<Integer, Integer> quantities;

	private final Map<Integer, Money> nets;

	private CreditedLines(Map<Integer, Integer> quantities, Map<Integer, Money> nets) {
		this.quantities = quantities;
		this.nets = nets;
	}

	/** Nothing credited yet. */
	static CreditedLines none() {
		return new CreditedLines(Map.of(), Map.of());
	}

	/** Sums the lines of the issued credit notes among {@code notes}. */
	static CreditedLines of(Collection<Invoice> notes) {
		Map<Integer, Integer> quantities = new HashMap<>();
		Map<Integer, Money> nets = new HashMap<>();
		for (Invoice note : notes) {
			if (note.getKind() == InvoiceKind.CREDIT_NOTE && note.isIssued()) {
				add(note, quantities, nets);
			}
		}
		return new CreditedLines(quantities, nets);
	}

	/** What is credited once {@code note} is added. */
	CreditedLines plus(Invoice note) {
		Map<Integer, Integer> quantities = new HashMap<>(this.quantities);
		Map<Integer, Money> nets = new HashMap<>(this.nets);
		add(note, quantities, nets);
		return new CreditedLines(quantities, nets);
	}

	private static void add(Invoice note, Map<Integer, Integer> quantities, Map<Integer, Money> nets) {
		for (InvoiceLine line : note.getLines()) {
			quantities.merge(line.getLineNo(), line.getQuantity(), Integer::sum);
			nets.merge(line.getLineNo(), line.getNetAmount(), Money::plus);
		}
	}

	/** The quantity of invoice line {@code lineNo} already credited. */
	public int quantity(int lineNo) {
		return this.quantities.getOrDefault(lineNo, 0);
	}

	/** The net amount of invoice line {@code lineNo} already credited. */
	public Money net(int lineNo) {
		return this.nets.getOrDefault(lineNo, Money.ZERO);
	}

	/** The quantity of an invoice line still left to credit. */
	public int left(InvoiceLine line) {
		return Math.max(0, line.getQuantity() - quantity(line.getLineNo()));
	}

	/** Whether every unit of every line of {@code invoice} is credited. */
	public boolean coversAll(Invoice invoice) {
		return invoice.getLines().stream().allMatch((line) -> left(line) == 0);
	}

	/** Credited quantities by invoice line number. */
	public Map<Integer, Integer> quantities() {
		return Collections.unmodifiableMap(this.quantities);
	}

}
