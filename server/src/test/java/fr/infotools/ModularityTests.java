package fr.infotools;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules talk to each other only through their public API (the classes at
 * the root of each module's package), and never in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(InfoToolsApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("appointment",
				"audit", "catalog", "customer", "demo", "identity", "invoicing", "shared", "stock");
	}

}
