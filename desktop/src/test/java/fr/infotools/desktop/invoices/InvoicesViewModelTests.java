package fr.infotools.desktop.invoices;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.ApiException;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.InvoiceInputs;
import fr.infotools.desktop.api.model.InvoiceKind;
import fr.infotools.desktop.api.model.InvoiceStatus;
import fr.infotools.desktop.api.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class InvoicesViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private final InvoicesViewModel model = new InvoicesViewModel(Fixtures.context(this.backend));

	static Invoice draft(List<Invoice.Line> lines, InvoiceStatus status, String number) {
		return new Invoice(5L, InvoiceKind.INVOICE, number, status, 1L, "Atelier Martinet", 2L, "Jean Dupont", null,
				null, 30, null, lines, List.of(), new BigDecimal("0.00"), new BigDecimal("0.00"),
				new BigDecimal("0.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.00"), false,
				BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), null, null, null, null, 1L);
	}

	@Test
	void showsTheTotalsWithTheLineBeingTypedBeforeItIsSent() {
		when(this.backend.invoices().get(5L)).thenReturn(draft(List.of(), InvoiceStatus.DRAFT, null));
		this.model.open(5L);
		this.model.product().show(Fixtures.product(16, "SRV-BAIE-12U", "540.00", "330.00", "20.00", 13));
		this.model.quantityProperty().set("2");
		assertThat(this.model.previewProperty().get().replace('\u00a0', ' ')).isEqualTo(
				"Ligne : 1 080,00 € HT — avec cette ligne, la facture ferait 1 080,00 € HT, 1 296,00 € TTC, marge 420,00 €.");
		this.model.discountProperty().set("10");
		assertThat(this.model.previewProperty().get().replace('\u00a0', ' ')).startsWith("Ligne : 972,00 € HT");
		this.model.quantityProperty().set("deux");
		assertThat(this.model.previewProperty().get()).isEmpty();
	}

	@Test
	void addsALineOfTheChosenProduct() {
		when(this.backend.invoices().get(5L)).thenReturn(draft(List.of(), InvoiceStatus.DRAFT, null));
		when(this.backend.invoices().addLine(eq(5L), any())).thenReturn(draft(List.of(), InvoiceStatus.DRAFT, null));
		this.model.open(5L);
		this.model.product().show(Fixtures.product(16, "SRV-BAIE-12U", "540.00", "330.00", "20.00", 13));
		this.model.quantityProperty().set("1,5");
		this.model.addLine();
		assertThat(this.model.fieldErrors()).containsKey("quantity");
		verify(this.backend.invoices(), never()).addLine(eq(5L), any());

		this.model.quantityProperty().set("2");
		this.model.discountProperty().set("5");
		this.model.addLine();
		ArgumentCaptor<InvoiceInputs.AddLine> line = ArgumentCaptor.forClass(InvoiceInputs.AddLine.class);
		verify(this.backend.invoices()).addLine(eq(5L), line.capture());
		assertThat(line.getValue())
			.isEqualTo(new InvoiceInputs.AddLine(16L, BigDecimal.valueOf(2), new BigDecimal("5")));
		assertThat(this.model.product().selected()).isNull();
		assertThat(this.model.quantityProperty().get()).isEqualTo("1");
	}

	@Test
	void issuingWithoutEnoughStockSaysWhatIsShortAndKeepsTheDraft() {
		when(this.backend.invoices().get(5L)).thenReturn(draft(List.of(), InvoiceStatus.DRAFT, null));
		when(this.backend.invoices().issue(5L))
			.thenThrow(new ApiException(409, "insufficient-stock", null, null, List.of(),
					Map.of("shortages", List.of(Map.of("sku", "SRV-BAIE-12U", "requested", 20, "available", 13)))));
		this.model.open(5L);
		this.model.issue();
		assertThat(this.model.errorProperty().get()).contains("SRV-BAIE-12U (demandé 20, disponible 13)");
		assertThat(this.model.draftProperty().get()).isTrue();
	}

	@Test
	void issuesAndSaysTheNumber() {
		when(this.backend.invoices().get(5L)).thenReturn(draft(List.of(), InvoiceStatus.DRAFT, null));
		Invoice issued = draft(List.of(), InvoiceStatus.ISSUED, "FA-2026-00151");
		when(this.backend.invoices().issue(5L)).thenReturn(issued);
		when(this.backend.invoices().list(any(), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		this.model.open(5L);
		this.model.issue();
		assertThat(this.model.infoProperty().get()).contains("FA-2026-00151");
		assertThat(this.model.openProperty().get()).isTrue();
		assertThat(this.model.pdfFileName()).isEqualTo("FA-2026-00151.pdf");
	}

	@Test
	void savesThePdf(@TempDir Path folder) throws Exception {
		when(this.backend.invoices().get(5L)).thenReturn(draft(List.of(), InvoiceStatus.ISSUED, "FA-2026-00151"));
		when(this.backend.invoices().pdf(5L)).thenReturn("%PDF-1.7".getBytes());
		this.model.open(5L);
		Path target = folder.resolve("f.pdf");
		this.model.savePdf(target, (file) -> {
		});
		assertThat(Files.readString(target)).isEqualTo("%PDF-1.7");
	}

	@Test
	void recordsAPaymentAndCreditsChosenQuantities() {
		Invoice.Line line = new Invoice.Line(1, 16L, "Baie", 3, new BigDecimal("540.00"), BigDecimal.ZERO,
				new BigDecimal("20.00"), new BigDecimal("1620.00"), 0, null, null, null);
		Invoice issued = draft(List.of(line), InvoiceStatus.ISSUED, "FA-2026-00151");
		when(this.backend.invoices().get(5L)).thenReturn(issued);
		when(this.backend.invoices().list(any(), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		this.model.open(5L);
		this.model.paymentAmountProperty().set("100,50");
		this.model.recordPayment();
		ArgumentCaptor<InvoiceInputs.RecordPayment> payment = ArgumentCaptor
			.forClass(InvoiceInputs.RecordPayment.class);
		verify(this.backend.invoices()).pay(eq(5L), payment.capture());
		assertThat(payment.getValue().amount()).isEqualByComparingTo("100.50");
		assertThat(payment.getValue().paidOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));

		when(this.backend.invoices().creditNote(eq(5L), any()))
			.thenReturn(draft(List.of(), InvoiceStatus.ISSUED, "AV-2026-00003"));
		this.model.creditNote(Map.of(1, 2));
		ArgumentCaptor<InvoiceInputs.CreditNote> credit = ArgumentCaptor.forClass(InvoiceInputs.CreditNote.class);
		verify(this.backend.invoices()).creditNote(eq(5L), credit.capture());
		assertThat(credit.getValue().lines()).containsExactly(new InvoiceInputs.CreditLine(1, BigDecimal.valueOf(2)));
		assertThat(this.model.infoProperty().get()).contains("AV-2026-00003");
	}

	@Test
	void filtersTheList() {
		when(this.backend.invoices().list(any(), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		this.model.statusFilterProperty().set(InvoiceStatus.ISSUED);
		this.model.overdueOnlyProperty().set(true);
		this.model.repFilterProperty().set(Fixtures.rep(3, "Sophie Leroy"));
		this.model.fromProperty().set(java.time.LocalDate.of(2026, 1, 1));
		this.model.search();
		assertThat(this.model.filter()).isEqualTo(new fr.infotools.desktop.api.InvoicesApi.Filter(InvoiceStatus.ISSUED,
				true, null, null, 3L, java.time.LocalDate.of(2026, 1, 1), null));
		this.model.toProperty().set(java.time.LocalDate.of(2025, 1, 1));
		this.model.search();
		assertThat(this.model.fieldErrors()).containsKey("to");
	}

}
