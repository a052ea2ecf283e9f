package fr.infotools.desktop.invoices;

import java.math.BigDecimal;
import java.util.List;

import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.InvoiceKind;
import fr.infotools.desktop.api.model.InvoiceStatus;
import fr.infotools.desktop.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of docs/invoicing.md, to the cent. */
class InvoiceMathTests {

	@Test
	void totalsAddUpToTheCentWithVatPerRate() {
		BigDecimal server = InvoiceMath.lineNet(2, new BigDecimal("2290.00"), new BigDecimal("5"));
		BigDecimal manual = InvoiceMath.lineNet(3, new BigDecimal("39.00"), null);
		BigDecimal cable = InvoiceMath.lineNet(7, new BigDecimal("0.99"), BigDecimal.ZERO);
		assertThat(server).isEqualByComparingTo("4351.00");
		assertThat(cable).isEqualByComparingTo("6.93");

		InvoiceMath.Totals totals = InvoiceMath
			.totals(List.of(new InvoiceMath.Amount(server, new BigDecimal("20.00"), BigDecimal.ZERO),
					new InvoiceMath.Amount(manual, new BigDecimal("5.5"), BigDecimal.ZERO),
					new InvoiceMath.Amount(cable, new BigDecimal("20"), BigDecimal.ZERO)));

		assertThat(totals.exclVat()).isEqualByComparingTo("4474.93");
		assertThat(totals.vat()).isEqualByComparingTo("878.03");
		assertThat(totals.inclVat()).isEqualByComparingTo("5352.96");
	}

	@Test
	void previewsADraftWithTheLineBeingTyped() {
		Invoice draft = new Invoice(1L, InvoiceKind.INVOICE, null, InvoiceStatus.DRAFT, 1L, "Atelier", 2L, "Jean", null,
				null, 30, null,
				List.of(new Invoice.Line(1, 9L, "Audit", 1, new BigDecimal("1800.00"), BigDecimal.ZERO,
						new BigDecimal("20.00"), new BigDecimal("1800.00"), 0, new BigDecimal("850.00"),
						new BigDecimal("850.00"), new BigDecimal("950.00"))),
				List.of(), null, null, null, null, null, null, false, null, null, List.of(), List.of(), null, null,
				null, null, 0L);

		InvoiceMath.Totals totals = InvoiceMath.withLine(draft,
				Fixtures.product(16, "SRV-BAIE-12U", "540.00", "330.00", "20.00", 13), 2, null);

		assertThat(totals.exclVat()).isEqualByComparingTo("2880.00");
		assertThat(totals.inclVat()).isEqualByComparingTo("3456.00");
		assertThat(totals.margin()).isEqualByComparingTo("1370.00");
	}

}
