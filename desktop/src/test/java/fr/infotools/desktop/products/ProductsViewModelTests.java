package fr.infotools.desktop.products;

import java.math.BigDecimal;
import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.MovementInput;
import fr.infotools.desktop.api.model.MovementReason;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.ProductInput;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProductsViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private final ProductsViewModel model = new ProductsViewModel(Fixtures.context(this.backend));

	@Test
	void showsThePriceInclVatAndTheMarginAsTheUserTypes() {
		this.model.newProduct();
		this.model.priceProperty().set("540");
		this.model.costProperty().set("330,00");
		assertThat(this.model.pricePreviewProperty().get().replace('\u00a0', ' '))
			.isEqualTo("Prix TTC 648,00 € · marge unitaire 210,00 € (38,89 %)");
		this.model.vatRateProperty().set(new BigDecimal("5.5"));
		assertThat(this.model.pricePreviewProperty().get().replace('\u00a0', ' ')).startsWith("Prix TTC 569,70 €");
		this.model.priceProperty().set("abc");
		assertThat(this.model.pricePreviewProperty().get()).isEmpty();
	}

	@Test
	void createsAProductFromWhatWasTyped() {
		when(this.backend.products().create(any()))
			.thenReturn(Fixtures.product(41, "NET-SWITCH-24", "420.00", "250.00", "20.00", 0));
		when(this.backend.products().list(any(), any(), any(), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		this.model.newProduct();
		this.model.skuProperty().set("net-switch-24");
		this.model.nameProperty().set("Switch 24 ports");
		this.model.priceProperty().set("420");
		this.model.costProperty().set("250");
		this.model.reorderLevelProperty().set("3");

		this.model.save();

		ArgumentCaptor<ProductInput> input = ArgumentCaptor.forClass(ProductInput.class);
		verify(this.backend.products()).create(input.capture());
		assertThat(input.getValue().sku()).isEqualTo("NET-SWITCH-24");
		assertThat(input.getValue().unitPriceExclVat()).isEqualByComparingTo("420");
		assertThat(input.getValue().vatRate()).isEqualByComparingTo("20");
		assertThat(input.getValue().stockManaged()).isTrue();
		assertThat(input.getValue().reorderLevel()).isEqualByComparingTo("3");
	}

	@Test
	void aPriceThatIsNotANumberIsMarkedAndNothingIsSent() {
		this.model.newProduct();
		this.model.skuProperty().set("X-1");
		this.model.nameProperty().set("X");
		this.model.priceProperty().set("cher");
		this.model.costProperty().set("1");
		this.model.save();
		assertThat(this.model.fieldErrors()).containsOnlyKeys("unitPriceExclVat");
		verify(this.backend.products(), never()).create(any());
	}

	@Test
	void recordsAnAdjustmentAndShowsTheNewLevel() {
		when(this.backend.products().get(16L))
			.thenReturn(Fixtures.product(16, "SRV-BAIE-12U", "540.00", "330.00", "20.00", 11));
		when(this.backend.products().movements(eq(16L), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		when(this.backend.products().list(any(), any(), any(), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		this.model.select(Fixtures.product(16, "SRV-BAIE-12U", "540.00", "330.00", "20.00", 13));
		this.model.movementReasonProperty().set(MovementReason.ADJUSTMENT);
		this.model.movementQuantityProperty().set("-2");
		this.model.movementCommentProperty().set("Casse à la livraison");

		this.model.recordMovement();

		verify(this.backend.products()).move(16L,
				new MovementInput(new BigDecimal("-2"), MovementReason.ADJUSTMENT, null, "Casse à la livraison"));
		assertThat(this.model.latestProperty().get().stockLevel()).isEqualTo(11);
		assertThat(this.model.infoProperty().get()).contains("11");
		assertThat(this.model.movementQuantityProperty().get()).isEmpty();
	}

	@Test
	void theServersRefusalOfAnAdjustmentWithoutCommentShowsNextToTheComment() {
		when(this.backend.products().movements(eq(16L), anyInt(), anyInt())).thenReturn(Page.of(List.of()));
		when(this.backend.products().move(eq(16L), any()))
			.thenThrow(Fixtures.validation("comment", "un ajustement doit être justifié"));
		this.model.select(Fixtures.product(16, "SRV-BAIE-12U", "540.00", "330.00", "20.00", 13));
		this.model.movementReasonProperty().set(MovementReason.ADJUSTMENT);
		this.model.movementQuantityProperty().set("-2");
		this.model.recordMovement();
		assertThat(this.model.fieldErrors()).containsEntry("comment", "un ajustement doit être justifié");
		assertThat(this.model.movementQuantityProperty().get()).isEqualTo("-2");
	}

}
