package fr.infotools.stock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current quantity of each stock-managed product. Changed only by a conditional
 * update that refuses to go below zero, which holds under any concurrency (the database
 * also checks it).
 */
@Repository
class StockLevels {

	private final JdbcClient jdbc;

	StockLevels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void open(long productId, Instant now) {
		this.jdbc.sql("INSERT INTO stock_levels (product_id, quantity, updated_at) VALUES (?, 0, ?)")
			.params(productId, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/** Stops following an empty level; false when there is stock left (or no level). */
	boolean closeIfEmpty(long productId) {
		return this.jdbc.sql("DELETE FROM stock_levels WHERE product_id = ? AND quantity = 0")
			.param(productId)
			.update() == 1;
	}

	/**
	 * Adds {@code delta} (negative to take out); false when the level would go below
	 * zero.
	 */
	boolean change(long productId, int delta, Instant now) {
		return this.jdbc.sql("""
				UPDATE stock_levels SET quantity = quantity + ?, updated_at = ?
				WHERE product_id = ? AND quantity + ? >= 0""")
			.params(delta, LocalDateTime.ofInstant(now, ZoneOffset.UTC), productId, delta)
			.update() == 1;
	}

	Optional<Integer> quantity(long productId) {
		return this.jdbc.sql("SELECT quantity FROM stock_levels WHERE product_id = ?")
			.param(productId)
			.query(Integer.class)
			.optional();
	}

	/**
	 * The levels of several products in one query; products without a level are absent.
	 */
	Map<Long, Integer> quantities(Collection<Long> productIds) {
		Map<Long, Integer> levels = new HashMap<>();
		if (productIds.isEmpty()) {
			return levels;
		}
		this.jdbc.sql("SELECT product_id, quantity FROM stock_levels WHERE product_id IN (:ids)")
			.param("ids", productIds)
			.query((rs) -> {
				levels.put(rs.getLong("product_id"), rs.getInt("quantity"));
			});
		return levels;
	}

}
