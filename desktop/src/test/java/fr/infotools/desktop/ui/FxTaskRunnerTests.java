package fr.infotools.desktop.ui;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FxTaskRunnerTests {

	@Test
	void aCallAskedForWhileTheWindowClosesIsDroppedQuietly() {
		FxTaskRunner runner = new FxTaskRunner();
		runner.shutdown();
		List<Object> outcomes = new ArrayList<>();
		assertThatCode(() -> runner.run(() -> "late", outcomes::add, outcomes::add)).doesNotThrowAnyException();
		assertThat(runner.runningProperty().get()).isZero();
		assertThat(outcomes).isEmpty();
	}

}
