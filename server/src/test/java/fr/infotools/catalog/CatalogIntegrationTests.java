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
 * Reading several products at once, as issuing an invoice does for its lines.
 */
@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void severalProductsAreReadAtOnceAndAMissingOneIsNotFound() {
		List<Long> ids = this.jdbc.sql("SELECT id FROM products ORDER BY id LIMIT 2").query(Long.class).list();
		Map<Long, Product> products = this.catalog.getAll(ids);
		assertThat(products).containsOnlyKeys(ids);
		products.forEach((id, product) -> assertThat(product.getSku()).isEqualTo(this.catalog.get(id).getSku()));
		long unknown = this.jdbc.sql("SELECT MAX(id) + 1 FROM products").query(Long.class).single();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.catalog.getAll(List.of(ids.get(0), unknown)))
			.withMessageContaining(String.valueOf(unknown));
	}

}
