package fr.infotools.identity.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's health when no domain controller answers: down, naming the URLs tried
 * (a health check that answers up whatever happens would hide an outage).
 */
class DirectoryHealthIndicatorTests {

	@Test
	void downWhenNoUrlAnswers() {
		Health health = new DirectoryHealthIndicator(List.of("ldap://127.0.0.1:1", "ldap://127.0.0.1:2")).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("urls", List.of("ldap://127.0.0.1:1", "ldap://127.0.0.1:2"))
			.containsKey("error");
	}

	@Test
	void downWhenNoUrlIsConfigured() {
		Health health = new DirectoryHealthIndicator(List.of()).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "no URL configured");
	}

}
