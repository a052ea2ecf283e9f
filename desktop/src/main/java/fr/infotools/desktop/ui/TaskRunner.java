package fr.infotools.desktop.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs a server call away from the interface thread and hands its result (or its failure)
 * back to the interface thread. Tests use a runner that does everything at once.
 */
public interface TaskRunner {

	<T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

	/** Runs everything in the calling thread: for tests of view-models. */
	static TaskRunner direct() {
		return new TaskRunner() {
			@Override
			public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
				T result;
				try {
					result = work.call();
				}
				catch (Exception ex) {
					onFailure.accept(ex);
					return;
				}
				onSuccess.accept(result);
			}
		};
	}

}
