package fr.infotools.desktop.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.Product;

/**
 * The server's invoice arithmetic, for the totals shown while a line is being typed
 * (before it is sent): line net = quantity × price × (100 − discount) / 100 rounded once
 * half-up to the cent; VAT once per rate on the sum of that rate's nets; totals that add
 * up to the cent (see docs/invoicing.md). The server remains the reference: what it
 * answers replaces these figures.
 */
public final class InvoiceMath {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private InvoiceMath() {
	}

	/** The net amount of a line, excl. VAT. */
	public static BigDecimal lineNet(int quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
		BigDecimal discount = (discountPercent != null) ? discountPercent : BigDecimal.ZERO;
		return BigDecimal.valueOf(quantity)
			.multiply(unitPrice)
			.multiply(HUNDRED.subtract(discount))
			.divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/** The totals of lines given as (net, VAT rate, cost). */
	public static Totals totals(List<Amount> lines) {
		Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
		BigDecimal excl = BigDecimal.ZERO.setScale(2);
		BigDecimal cost = BigDecimal.ZERO.setScale(2);
		for (Amount line : lines) {
			bases.merge(line.vatRate().stripTrailingZeros(), line.net(), BigDecimal::add);
			excl = excl.add(line.net());
			cost = cost.add(line.cost());
		}
		BigDecimal vat = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<BigDecimal, BigDecimal> base : bases.entrySet()) {
			vat = vat.add(base.getValue().multiply(base.getKey()).divide(HUNDRED, 2, RoundingMode.HALF_UP));
		}
		return new Totals(excl, vat, excl.add(vat), cost, excl.subtract(cost));
	}

	/** The totals of a draft if a line of {@code product} were added to it. */
	public static Totals withLine(Invoice invoice, Product product, int quantity, BigDecimal discountPercent) {
		List<Amount> lines = new ArrayList<>();
		if (invoice != null && invoice.lines() != null) {
			for (Invoice.Line line : invoice.lines()) {
				lines.add(new Amount(line.netAmount(), line.vatRate(), orZero(line.cost())));
			}
		}
		BigDecimal net = lineNet(quantity, product.unitPriceExclVat(), discountPercent);
		BigDecimal cost = orZero(product.purchaseCost()).multiply(BigDecimal.valueOf(quantity))
			.setScale(2, RoundingMode.HALF_UP);
		lines.add(new Amount(net, product.vatRate(), cost));
		return totals(lines);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	/** One line's net amount excl. VAT, VAT rate in percent, and cost. */
	public record Amount(BigDecimal net, BigDecimal vatRate, BigDecimal cost) {
	}

	/** Totals excl. VAT, VAT, incl. VAT, cost and margin. */
	public record Totals(BigDecimal exclVat, BigDecimal vat, BigDecimal inclVat, BigDecimal cost, BigDecimal margin) {
	}

}
