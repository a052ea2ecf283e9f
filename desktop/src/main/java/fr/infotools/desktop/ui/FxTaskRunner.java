package fr.infotools.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import fr.infotools.desktop.api.SessionExpiredException;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Runs server calls on a small pool of daemon threads and comes back on the JavaFX
 * thread. When a call finds the session over, the session-lost handler is told (it shows
 * the login again over the current screen) and the call is run again once the user has
 * logged in: nothing typed is lost.
 */
public final class FxTaskRunner implements TaskRunner {

	private final ExecutorService executor;

	private final IntegerProperty running = new SimpleIntegerProperty(this, "running");

	private volatile Consumer<Runnable> sessionLost;

	public FxTaskRunner() {
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "infotools-call-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Calls still running: the window shows a progress bar while there are some. */
	public ReadOnlyIntegerProperty runningProperty() {
		return this.running;
	}

	/**
	 * What to do when the session is over: given the call to run again after a new login.
	 * Without a handler the call fails with the {@link SessionExpiredException}.
	 */
	public void setSessionLostHandler(Consumer<Runnable> handler) {
		this.sessionLost = handler;
	}

	@Override
	public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
		this.running.set(this.running.get() + 1);
		try {
			this.executor.execute(() -> call(work, onSuccess, onFailure));
		}
		catch (RejectedExecutionException ex) {
			// the window is closing: a call that an earlier answer asked for is dropped
			done();
		}
	}

	private <T> void call(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
		try {
			T result = work.call();
			Platform.runLater(() -> {
				done();
				onSuccess.accept(result);
			});
		}
		catch (SessionExpiredException ex) {
			Platform.runLater(() -> {
				done();
				Consumer<Runnable> handler = this.sessionLost;
				if (handler != null) {
					handler.accept(() -> run(work, onSuccess, onFailure));
				}
				else {
					onFailure.accept(ex);
				}
			});
		}
		catch (Exception | Error ex) {
			Platform.runLater(() -> {
				done();
				onFailure.accept(ex);
			});
		}
	}

	private void done() {
		this.running.set(this.running.get() - 1);
	}

	public void shutdown() {
		this.executor.shutdownNow();
	}

}
