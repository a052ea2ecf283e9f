package fr.infotools.stock;

import fr.infotools.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a movement recorded by hand.
 */
class ManualMovementTests {

	@Test
	void aRestockAddsUnits() {
		ManualMovement restock = new ManualMovement(12, MovementReason.RESTOCK, " BL-1042 ", "  ");
		assertThat(restock.quantity()).isEqualTo(12);
		assertThat(restock.reference()).isEqualTo("BL-1042");
		assertThat(restock.comment()).isNull();
	}

	@Test
	void anAdjustmentIsSignedAndExplained() {
		assertThat(new ManualMovement(-3, MovementReason.ADJUSTMENT, null, "Casse au déballage").quantity())
			.isEqualTo(-3);
		assertThat(new ManualMovement(2, MovementReason.ADJUSTMENT, null, "Inventaire").quantity()).isEqualTo(2);
		assertRefused(() -> new ManualMovement(-3, MovementReason.ADJUSTMENT, null, null), "stock.comment-required",
				"comment");
		assertRefused(() -> new ManualMovement(-3, MovementReason.ADJUSTMENT, "INV-1", " \n "),
				"stock.comment-required", "comment");
	}

	@Test
	void aRestockCannotTakeUnitsOut() {
		assertRefused(() -> new ManualMovement(-1, MovementReason.RESTOCK, null, "oops"), "stock.restock-positive",
				"quantity");
	}

	@Test
	void aMovementMovesAtLeastOneUnitAndABoundedNumber() {
		assertRefused(() -> new ManualMovement(0, MovementReason.RESTOCK, null, null), "stock.quantity-zero",
				"quantity");
		assertRefused(() -> new ManualMovement(0, MovementReason.ADJUSTMENT, null, "x"), "stock.quantity-zero",
				"quantity");
		assertThat(new ManualMovement(ManualMovement.MAX_QUANTITY, MovementReason.RESTOCK, null, null).quantity())
			.isEqualTo(100_000);
		assertThat(new ManualMovement(-ManualMovement.MAX_QUANTITY, MovementReason.ADJUSTMENT, null, "x").quantity())
			.isEqualTo(-100_000);
		assertRefused(() -> new ManualMovement(100_001, MovementReason.RESTOCK, null, null), "stock.quantity-range",
				"quantity");
		assertRefused(() -> new ManualMovement(Integer.MIN_VALUE, MovementReason.ADJUSTMENT, null, "x"),
				"stock.quantity-range", "quantity");
	}

	@Test
	void salesAndReturnsComeFromInvoicesOnly() {
		assertRefused(() -> new ManualMovement(-1, MovementReason.SALE, null, "x"), "stock.reason-manual", "reason");
		assertRefused(() -> new ManualMovement(1, MovementReason.RETURN, null, "x"), "stock.reason-manual", "reason");
		assertRefused(() -> new ManualMovement(1, null, null, "x"), "stock.reason-manual", "reason");
	}

	private static void assertRefused(Runnable creation, String code, String field) {
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(creation::run).satisfies((ex) -> {
			assertThat(ex.getCode()).isEqualTo(code);
			assertThat(ex.getField()).isEqualTo(field);
		});
	}

}
