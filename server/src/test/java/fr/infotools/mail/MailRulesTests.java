package fr.infotools.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The outbox's rules that need no server: the backoff between attempts, what counts as an
 * address, a subject kept to one line.
 */
class MailRulesTests {

	@Test
	void eachFailedAttemptWaitsTwiceAsLongUpToTheMaximum() {
		MailProperties.Retry retry = new MailProperties.Retry(8, Duration.ofMinutes(1), Duration.ofHours(2), 2);
		assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(retry.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(retry.delayAfter(7)).isEqualTo(Duration.ofMinutes(64));
		assertThat(retry.delayAfter(8)).isEqualTo(Duration.ofHours(2));
		assertThat(retry.delayAfter(30)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void recipientsAreBareValidAddressesWithoutDuplicatesAndAtMostTen() {
		assertThat(MailOutbox.addresses(List.of(" anne@exemple.fr", "Anne@Exemple.fr", "paul@exemple.fr")))
			.containsExactly("anne@exemple.fr", "paul@exemple.fr");
		for (String invalid : new String[] { "anne", "anne@", "Anne <anne@exemple.fr>", "a@exemple.fr, b@exemple.fr",
				"a@exemple.fr\r\nBcc: b@exemple.fr", "" }) {
			assertThat(MailOutbox.isAddress(invalid)).as(invalid).isFalse();
		}
		assertThat(MailOutbox.isAddress(null)).isFalse();
		assertThat(MailOutbox.isAddress("jean.dupont@infotools.local")).isTrue();
		List<String> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add("lecteur" + i + "@exemple.fr");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> MailOutbox.addresses(eleven));
		assertThatIllegalArgumentException().isThrownBy(() -> MailOutbox.addresses(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> MailOutbox.addresses(List.of("pas une adresse")));
	}

	@Test
	void aSubjectIsOneLine() {
		assertThat(MailTemplates.oneLine("Devis\r\nBcc: tous@exemple.fr\t ")).isEqualTo("Devis Bcc: tous@exemple.fr");
		assertThat(MailTemplates.oneLine("x".repeat(400))).hasSize(300).endsWith("…");
	}

}
