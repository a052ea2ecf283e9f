package fr.infotools.desktop.audit;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.AuditApi;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.AuditAction;
import fr.infotools.desktop.api.model.AuditEntry;
import fr.infotools.desktop.api.model.IntegrityReport;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.ui.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

class AuditTests {

	private final JsonMapper json = new ApiClient(Clock.systemUTC()).json();

	static AuditEntry entry(long id, AuditAction action, String changed) {
		return new AuditEntry(id, Instant.parse("2026-11-30T09:15:00Z"), 1L, "mmartin", "customers", "12", action,
				changed, "aa", "bb");
	}

	@Test
	void readsTheBeforeAndAfterOfEachKindOfRow() {
		assertThat(AuditDiff.of(this.json, entry(1, AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"},\"amount_paid\":{\"before\":0.00,\"after\":5000.00}}")))
			.containsExactly(new AuditDiff.Change("city", "Lyon", "Lille"),
					new AuditDiff.Change("amount_paid", "0.00", "5000.00"));
		assertThat(AuditDiff.of(this.json, entry(2, AuditAction.INSERT, "{\"city\":\"Lyon\",\"notes\":null}")))
			.containsExactly(new AuditDiff.Change("city", null, "Lyon"), new AuditDiff.Change("notes", null, null));
		assertThat(AuditDiff.of(this.json, entry(3, AuditAction.DELETE, "{\"city\":\"Lyon\"}")))
			.containsExactly(new AuditDiff.Change("city", "Lyon", null));
		assertThat(AuditDiff.of(this.json, entry(4, AuditAction.UPDATE, "pas du json")))
			.containsExactly(new AuditDiff.Change("?", null, "pas du json"));
	}

	@Test
	void writesCsvThatAFrenchSpreadsheetOpensSafely() throws Exception {
		AuditCsv csv = new AuditCsv(this.json, new I18n(Locale.FRENCH));
		StringWriter out = new StringWriter();
		csv.writeHeader(out);
		csv.write(out,
				entry(7, AuditAction.UPDATE, "{\"notes\":{\"before\":null,\"after\":\"=HYPERLINK(\\\"x\\\"); ok\"}}"));
		String[] lines = out.toString().split("\r\n");
		assertThat(lines[0]).startsWith("\ufeffN°;Date (Paris);Utilisateur;Table;Ligne;Action;");
		assertThat(lines[1]).isEqualTo(
				"7;2026-11-30 10:15:00;mmartin;customers;12;UPDATE;" + "\"notes : ∅ → =HYPERLINK(\"\"x\"\"); ok\";bb");
		assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
	}

	@Test
	void exportsEveryPageTheFilterSelects(@TempDir Path folder) throws Exception {
		Backend backend = Fixtures.mockedBackend();
		when(backend.client().json()).thenReturn(this.json);
		AuditViewModel model = new AuditViewModel(Fixtures.context(backend));
		model.tableProperty().set("customers");
		when(backend.audit().list(any(), eq(0), anyInt()))
			.thenReturn(new Page<>(List.of(entry(2, AuditAction.INSERT, "{}")), 0, 1, 2, 2));
		when(backend.audit().list(any(), eq(1), anyInt()))
			.thenReturn(new Page<>(List.of(entry(1, AuditAction.INSERT, "{}")), 1, 1, 2, 2));

		model.exportCsv(folder.resolve("audit.csv"), (file) -> {
		});

		List<String> lines = Files.readAllLines(folder.resolve("audit.csv"), StandardCharsets.UTF_8);
		assertThat(lines).hasSize(3);
		assertThat(model.infoProperty().get()).contains("2 entrées");
		assertThat(model.filter()).isEqualTo(new AuditApi.Filter(null, "customers", null, null, null, null));
	}

	@Test
	void saysWhetherTheTrailIsIntact() {
		Backend backend = Fixtures.mockedBackend();
		when(backend.client().json()).thenReturn(this.json);
		AuditViewModel model = new AuditViewModel(Fixtures.context(backend));
		when(backend.audit().verify()).thenReturn(new IntegrityReport(true, 1653L, null, null));
		model.verify();
		assertThat(model.infoProperty().get().replace('\u00a0', ' '))
			.isEqualTo("Journal intact : 1 653 entrées vérifiées.");
		when(backend.audit().verify()).thenReturn(new IntegrityReport(false, 1653L, 812L, "ligne modifiée"));
		model.verify();
		assertThat(model.errorProperty().get()).contains("812").contains("ligne modifiée");
	}

}
