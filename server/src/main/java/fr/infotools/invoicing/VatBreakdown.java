package fr.infotools.invoicing;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;

/**
 * The totals of a set of lines. VAT is computed once per rate, on the sum of the net
 * amounts at that rate, rounded half-up to the cent (the EN 16931 method): the per-rate
 * amounts add up exactly to the total VAT, and excl. VAT + VAT = incl. VAT to the cent.
 */
public record VatBreakdown(List<RateTotal> rates, Money totalExclVat, Money totalVat, Money totalInclVat,
		Money totalCost) {

	/** The base and the VAT of one rate. */
	public record RateTotal(VatRate rate, Money base, Money vat) {

	}

	static VatBreakdown of(Collection<InvoiceLine> lines) {
		Map<VatRate, Money> bases = new EnumMap<>(VatRate.class);
		Money cost = Money.ZERO;
		for (InvoiceLine line : lines) {
			bases.merge(line.getVatRate(), line.getNetAmount(), Money::plus);
			cost = cost.plus(line.cost());
		}
		Money totalExcl = Money.ZERO;
		Money totalVat = Money.ZERO;
		List<RateTotal> rates = new java.util.ArrayList<>();
		for (Map.Entry<VatRate, Money> base : bases.entrySet()) {
			Money vat = base.getKey().vatOn(base.getValue());
			rates.add(new RateTotal(base.getKey(), base.getValue(), vat));
			totalExcl = totalExcl.plus(base.getValue());
			totalVat = totalVat.plus(vat);
		}
		return new VatBreakdown(List.copyOf(rates), totalExcl, totalVat, totalExcl.plus(totalVat), cost);
	}

}
