package fr.infotools.desktop.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.Dashboard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class DashboardViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private final DashboardViewModel model = new DashboardViewModel(Fixtures.context(this.backend));

	@Test
	void theIndicatorsOfThePeriod() {
		Dashboard figures = new Dashboard(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30),
				new BigDecimal("1238548.15"), new BigDecimal("482180.15"), new BigDecimal("0.3893"),
				new Dashboard.InvoiceFigures(150L, 121L, 19L, 2L, new BigDecimal("234362.97"),
						new BigDecimal("162089.73")),
				3L, 31L, new BigDecimal("0.0882"), List.of(), List.of(), List.of(), List.of(),
				List.of(new Dashboard.RepAppointments(2L, "Jean Dupont", 4L, 50L, 3L)),
				List.of(new Dashboard.LowStock(17L, "PC-BUREAU-I5", "PC", 0, 8)));
		when(this.backend.statistics().dashboard(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)))
			.thenReturn(figures);

		this.model.load();

		assertThat(this.model.indicators()).extracting(DashboardViewModel.Indicator::key)
			.containsExactly("revenue", "margin", "marginRate", "openAmount", "overdue", "conversionRate",
					"appointments", "lowStock");
		assertThat(this.model.indicators().get(0).value().replace('\u00a0', ' ')).isEqualTo("1 238 548,15 €");
		assertThat(this.model.indicators().get(4).warning()).isTrue();
		assertThat(this.model.indicators().get(5).value().replace('\u00a0', ' ')).isEqualTo("8,82 %");
		assertThat(this.model.indicators().get(6).detail()).isEqualTo("4 prévus, 50 réalisés, 3 annulés");
		assertThat(this.model.indicators().get(7).detail()).isEqualTo("PC-BUREAU-I5");
	}

}
