package fr.infotools.catalog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the products to restock in one query: the database compares each stock level with
 * the product's reorder level (the catalogue reads the stock levels, never the other way
 * round).
 */
@Repository
class StockAlerts {

	private final JdbcClient jdbc;

	StockAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StockAlert> all() {
		return this.jdbc.sql("""
				SELECT p.id, p.sku, p.name, p.category, s.quantity, p.reorder_level
				FROM products p JOIN stock_levels s ON s.product_id = p.id
				WHERE p.active = TRUE AND p.stock_managed = TRUE AND s.quantity <= p.reorder_level
				ORDER BY s.quantity, p.sku""")
			.query((rs, row) -> new StockAlert(rs.getLong("id"), rs.getString("sku"), rs.getString("name"),
					ProductCategory.valueOf(rs.getString("category")), rs.getInt("quantity"),
					rs.getInt("reorder_level")))
			.list();
	}

}
