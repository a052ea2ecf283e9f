package fr.infotools.catalog;

import java.util.List;
import java.util.Map;

import fr.infotools.shared.NotFoundException;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading how several products are stocked at once, as issuing an invoice does for its
 * lines.
 */
@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void howSeveralProductsAreStockedIsReadAtOnceAndAMissingOneIsNotFound() {
		List<Long> ids = this.jdbc
			.sql("(SELECT MIN(id) FROM products WHERE stock_managed = TRUE) "
					+ "UNION (SELECT MIN(id) FROM products WHERE stock_managed = FALSE)")
			.query(Long.class)
			.list();
		Map<Long, ProductStocking> products = this.catalog.stocking(ids);
		assertThat(products).containsOnlyKeys(ids);
		products.forEach((id, stocking) -> {
			Product product = this.catalog.get(id);
			assertThat(stocking).isEqualTo(new ProductStocking(id, product.getSku(), product.isStockManaged()));
		});
		assertThat(products.values()).extracting(ProductStocking::stockManaged).containsExactlyInAnyOrder(true, false);
		long unknown = this.jdbc.sql("SELECT MAX(id) + 1 FROM products").query(Long.class).single();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.catalog.stocking(List.of(ids.get(0), unknown)))
			.withMessageContaining(String.valueOf(unknown));
	}

}
