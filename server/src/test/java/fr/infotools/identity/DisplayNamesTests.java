package fr.infotools.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import fr.infotools.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy of the users' names: read once per {@link DisplayNames#MAX_AGE}, forgotten
 * when a login that renames someone commits, and only then.
 */
class DisplayNamesTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

	private final DisplayNames names = new DisplayNames(this.clock);

	private final AtomicInteger reads = new AtomicInteger();

	private final Supplier<Map<Long, String>> table = () -> Map.of(1L,
			"Camille Bernard #" + this.reads.incrementAndGet());

	@Test
	void theTableIsReadOncePerMaxAge() {
		assertThat(this.names.get(this.table)).containsEntry(1L, "Camille Bernard #1");
		this.clock.advance(DisplayNames.MAX_AGE.minusMillis(1));
		assertThat(this.names.get(this.table)).containsEntry(1L, "Camille Bernard #1");
		this.clock.advance(java.time.Duration.ofMillis(1));
		assertThat(this.names.get(this.table)).containsEntry(1L, "Camille Bernard #2");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aRenameIsSeenOnceItsTransactionCommitsAndNotBefore() {
		this.names.get(this.table);
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.names.forgetAfterCommit();
			assertThat(this.names.get(this.table)).containsEntry(1L, "Camille Bernard #1");
			TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(this.names.get(this.table)).containsEntry(1L, "Camille Bernard #2");
	}

	@Test
	void withoutATransactionTheCopyIsForgottenAtOnce() {
		this.names.get(this.table);
		this.names.forgetAfterCommit();
		assertThat(this.names.get(this.table)).containsEntry(1L, "Camille Bernard #2");
	}

}
