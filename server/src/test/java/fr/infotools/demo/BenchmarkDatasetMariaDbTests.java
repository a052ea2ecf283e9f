package fr.infotools.demo;

import fr.infotools.testsupport.IntegrationTest;
import fr.infotools.testsupport.ThrowawayMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark dataset on a real MariaDB, as the benchmark loads it. */
@ExtendWith(ThrowawayMariaDb.class)
@IntegrationTest
@DirtiesContext
@Tag("mariadb")
class BenchmarkDatasetMariaDbTests extends BenchmarkDatasetContract {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ThrowawayMariaDb::url);
		registry.add("spring.datasource.username", ThrowawayMariaDb::user);
		registry.add("spring.datasource.password", ThrowawayMariaDb::password);
		registry.add("infotools.demo-data.enabled", () -> "false");
	}

}
