package fr.infotools.demo;

import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The benchmark dataset on the embedded database (H2), with no demo data. */
@IntegrationTest
@DirtiesContext
@TestPropertySource(properties = { "infotools.demo-data.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:benchmark-dataset;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IGNORECASE=TRUE" })
class BenchmarkDatasetTests extends BenchmarkDatasetContract {

	@Test
	void scaleIsBounded() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetSize.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetSize.of(11));
		org.assertj.core.api.Assertions.assertThat(DatasetSize.of(1))
			.isEqualTo(new DatasetSize(50, 1_000, 200_000, 2_000_000, 500_000));
	}

}
