package fr.infotools.desktop.statistics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.ReportSent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StatisticsViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private final StatisticsViewModel model = new StatisticsViewModel(Fixtures.context(this.backend));

	@Test
	void theDefaultPeriodIsTheLastTwelveMonths() {
		assertThat(this.model.fromProperty().get()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(this.model.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
		this.model.lastYear();
		assertThat(this.model.fromProperty().get()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(this.model.toProperty().get()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aRefusedSendingKeepsWhatWasTypedAndShowsTheServersWords() {
		this.model.recipientsProperty().set("direction@infotools.fr");
		this.model.messageProperty().set("Bonjour");
		doThrow(Fixtures.validation("recipients", "adresse refusée")).when(this.backend.statistics())
			.sendReport(any(), any(), any(), any());
		this.model.send();
		assertThat(this.model.fieldErrors()).containsEntry("recipients", "adresse refusée");
		assertThat(this.model.errorProperty().get()).contains("Destinataires : adresse refusée");
		assertThat(this.model.recipientsProperty().get()).isEqualTo("direction@infotools.fr");
		assertThat(this.model.messageProperty().get()).isEqualTo("Bonjour");
	}

	@Test
	void aNoteLongerThanTheServerTakesIsRefusedBeforeSending() {
		this.model.recipientsProperty().set("direction@infotools.fr");
		this.model.messageProperty().set("x".repeat(StatisticsViewModel.MAX_MESSAGE + 1));
		this.model.send();
		assertThat(this.model.fieldErrors()).containsKey("message");
		verify(this.backend.statistics(), never()).sendReport(any(), any(), any(), any());
	}

	@Test
	void savesTheReport(@TempDir Path folder) {
		when(this.backend.statistics().reportPdf(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)))
			.thenReturn("%PDF".getBytes());
		this.model.exportPdf(folder.resolve("r.pdf"), (file) -> {
		});
		assertThat(folder.resolve("r.pdf")).hasContent("%PDF");
		assertThat(this.model.infoProperty().get()).contains("r.pdf");
	}

	@Test
	void sendsToValidAddressesOnly() {
		this.model.recipientsProperty().set("direction@infotools.fr; pas-une-adresse");
		this.model.send();
		assertThat(this.model.fieldErrors()).containsKey("recipients");
		verify(this.backend.statistics(), never()).sendReport(any(), any(), any(), any());

		List<String> both = List.of("direction@infotools.fr", "compta@infotools.fr");
		when(this.backend.statistics().sendReport(any(), any(), any(), any()))
			.thenReturn(new ReportSent(7, "PENDING", both, "Rapport"));
		this.model.recipientsProperty().set("direction@infotools.fr, compta@infotools.fr direction@infotools.fr");
		this.model.send();
		verify(this.backend.statistics()).sendReport(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), both, null);
		assertThat(this.model.infoProperty().get()).contains("compta@infotools.fr");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() {
		this.model.fromProperty().set(LocalDate.of(2026, 6, 1));
		this.model.toProperty().set(LocalDate.of(2026, 1, 1));
		this.model.load();
		assertThat(this.model.fieldErrors()).containsKey("to");
		verify(this.backend.statistics(), never()).dashboard(any(), any());
	}

}
