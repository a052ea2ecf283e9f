package fr.infotools.desktop.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;

import fr.infotools.desktop.api.ApiException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What every screen's logic shares: server calls in the background with a busy flag, the
 * last error in plain words, the server's field errors by field name (shown next to the
 * fields), and an information line. The fields typed by the user live in properties of
 * the view-model: an error never clears them.
 */
public abstract class ViewModel {

	protected final Context context;

	private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");

	private final BooleanBinding busy = this.pending.greaterThan(0);

	private final StringProperty error = new SimpleStringProperty(this, "error");

	private final StringProperty info = new SimpleStringProperty(this, "info");

	private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();

	protected ViewModel(Context context) {
		this.context = context;
	}

	public BooleanBinding busyProperty() {
		return this.busy;
	}

	public boolean isBusy() {
		return this.busy.get();
	}

	/** The last error, in plain words; null when the last call went well. */
	public StringProperty errorProperty() {
		return this.error;
	}

	/** What the last action did ("Facture FA-2026-00151 émise"). */
	public StringProperty infoProperty() {
		return this.info;
	}

	/** The server's (or the form's own) message for each field in error. */
	public ObservableMap<String, String> fieldErrors() {
		return this.fieldErrors;
	}

	public BooleanBinding hasFieldError(String field) {
		return Bindings.createBooleanBinding(() -> this.fieldErrors.containsKey(field), this.fieldErrors);
	}

	protected I18n i18n() {
		return this.context.i18n();
	}

	protected Formats formats() {
		return this.context.formats();
	}

	/** Runs a server call; errors are shown. */
	protected <T> void call(Callable<T> work, Consumer<? super T> then) {
		call(work, then, (ex) -> false);
	}

	/**
	 * Runs a server call; {@code handled} may take care of some failures itself (true),
	 * the others are shown.
	 */
	protected <T> void call(Callable<T> work, Consumer<? super T> then, Predicate<Throwable> handled) {
		this.pending.set(this.pending.get() + 1);
		this.context.runner().run(work, (result) -> {
			this.pending.set(this.pending.get() - 1);
			this.error.set(null);
			then.accept(result);
		}, (failure) -> {
			this.pending.set(this.pending.get() - 1);
			if (!handled.test(failure)) {
				showError(failure);
			}
		});
	}

	/** Shows a failure: the message, and the fields the server named. */
	protected void showError(Throwable failure) {
		this.info.set(null);
		if (failure instanceof ApiException problem && problem.isValidation()) {
			this.fieldErrors.clear();
			for (ApiException.FieldError fieldError : problem.fieldErrors()) {
				this.fieldErrors.merge(fieldError.field(), fieldError.message(), (a, b) -> a + " ; " + b);
			}
		}
		this.error.set(this.context.errors().describe(failure));
	}

	/** A check of the form before any call: the field is marked and the message shown. */
	protected void rejectField(String field, String message) {
		this.fieldErrors.put(field, message);
		this.error.set(this.context.errors().fieldLabel(field) + " : " + message);
	}

	/** Clears the field errors before a new attempt. */
	protected void clearErrors() {
		this.fieldErrors.clear();
		this.error.set(null);
	}

	/**
	 * Checks that a required field is filled in; if not, marks it and says so.
	 * @return whether it is filled in
	 */
	protected boolean required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			this.fieldErrors.put(field, i18n().get("validation.required"));
			this.error.set(i18n().get("validation.form"));
			return false;
		}
		return true;
	}

	/** Shows a message of the screen's own (not from the server) as the error. */
	protected void fail(String message) {
		this.info.set(null);
		this.error.set(message);
	}

	protected void inform(String message) {
		this.error.set(null);
		this.info.set(message);
	}

}
