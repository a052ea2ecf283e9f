package fr.infotools.stock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The stock service as the catalogue and the API use it: levels read in one go, levels
 * opened and closed with stock management, movements refused without changing anything.
 */
@IntegrationTest
class StockIntegrationTests {

	@Autowired
	Stock stock;

	@Autowired
	Catalog catalog;

	@Autowired
	Actors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void levelsOfSeveralProductsComeInOneGo() {
		Product a = create(true);
		Product b = create(true);
		Product service = create(false);
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.stock.move(a.getId(), 7, MovementReason.RESTOCK, "BL-1", null, Instant.now()));
		assertThat(this.stock.levels(List.of(a.getId(), b.getId(), service.getId(), 999999L)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(a.getId(), 7, b.getId(), 0));
		assertThat(this.stock.levels(List.of())).isEmpty();
		assertThat(this.stock.level(a.getId())).isEqualTo(7);
		assertThat(this.stock.level(service.getId())).isZero();
		assertThat(this.stock.hasMovements(a.getId())).isTrue();
		assertThat(this.stock.hasMovements(b.getId())).isFalse();
	}

	@Test
	void aLevelIsOpenedOnceAndClosedOnlyWhenEmpty() {
		Product product = create(true);
		long id = product.getId();
		this.transactions.executeWithoutResult((status) -> this.stock.open(id));
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE product_id = ?", id)).isOne();
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.stock.move(id, 2, MovementReason.RESTOCK, null, null, Instant.now()));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.stock.close(id)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("stock.not-empty"));
		assertThat(this.stock.level(id)).isEqualTo(2);
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.stock.move(id, -2, MovementReason.ADJUSTMENT, null, "Retour", Instant.now()));
		this.transactions.executeWithoutResult((status) -> this.stock.close(id));
		assertThat(count("SELECT COUNT(*) FROM stock_levels WHERE product_id = ?", id)).isZero();
		this.transactions.executeWithoutResult((status) -> this.stock.close(id));
	}

	@Test
	void recordingChecksTheProductHasAStockAndEnoughOfIt() {
		Product service = create(false);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.actors.as(DemoAccounts.MANAGER,
					() -> this.stock.record(service.getId(),
							new ManualMovement(1, MovementReason.RESTOCK, null, null))))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("stock.not-managed"));
		Product hardware = create(true);
		RecordedMovement recorded = this.actors.as(DemoAccounts.MANAGER,
				() -> this.stock.record(hardware.getId(), new ManualMovement(4, MovementReason.RESTOCK, "BL-2", null)));
		assertThat(recorded.level()).isEqualTo(4);
		assertThat(recorded.movement().getUserId()).isEqualTo(this.actors.user(DemoAccounts.MANAGER).id());
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(
					() -> this.actors.as(DemoAccounts.MANAGER,
							() -> this.stock.record(hardware.getId(),
									new ManualMovement(-5, MovementReason.ADJUSTMENT, null, "Inventaire"))))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("insufficient-stock");
				assertThat(ex.getDetails()).containsEntry("available", 4).containsEntry("requested", 5);
			});
		assertThat(this.stock.level(hardware.getId())).isEqualTo(4);
		assertThat(this.stock.history(hardware.getId())).hasSize(1);
	}

	@Test
	void onlyManagersMoveStockByHand() {
		Product hardware = create(true);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.actors.as(DemoAccounts.REP,
				() -> this.stock.record(hardware.getId(), new ManualMovement(1, MovementReason.RESTOCK, null, null))));
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> this.actors.as(DemoAccounts.MANAGER,
				() -> this.stock.move(hardware.getId(), -1, MovementReason.SALE, "FA-1", null, Instant.now())));
		assertThat(this.stock.hasMovements(hardware.getId())).isFalse();
	}

	private Product create(boolean stockManaged) {
		String sku = "S-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		ProductDetails details = new ProductDetails(sku, "Produit de test du stock", null,
				stockManaged ? ProductCategory.NETWORK : ProductCategory.SERVICE, Money.euros("10.00"),
				Money.euros("5.00"), VatRate.STANDARD, false, true, stockManaged, 1);
		return this.actors.as(DemoAccounts.MANAGER, () -> this.catalog.create(details));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
