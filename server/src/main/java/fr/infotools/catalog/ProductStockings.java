package fr.infotools.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads how several products are stocked in one plain query: issuing an invoice asks it
 * for its lines, and a JPA query there would first flush the invoice being issued, then
 * translate its id list afresh at every call (a sixth of the time, JFR).
 */
@Repository
class ProductStockings {

	private final JdbcClient jdbc;

	ProductStockings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, ProductStocking> of(Collection<Long> ids) {
		Map<Long, ProductStocking> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("SELECT id, sku, stock_managed FROM products WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				found.put(rs.getLong("id"),
						new ProductStocking(rs.getLong("id"), rs.getString("sku"), rs.getBoolean("stock_managed")));
			});
		return found;
	}

}
