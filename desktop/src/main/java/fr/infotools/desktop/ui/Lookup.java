package fr.infotools.desktop.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Picks one record among many by typing the start of its name: the server is asked for
 * the matches, the user picks one of them.
 */
public final class Lookup<T> extends ViewModel {

	private final Function<String, List<T>> search;

	private final Function<T, Object> identity;

	private final StringProperty query = new SimpleStringProperty(this, "query", "");

	private final ObservableList<T> matches = FXCollections.observableArrayList();

	private final ObjectProperty<T> selected = new SimpleObjectProperty<>(this, "selected");

	/**
	 * @param search the records matching a query (from the server)
	 * @param identity what makes two records the same one (their id)
	 */
	public Lookup(Context context, Function<String, List<T>> search, Function<T, Object> identity) {
		super(context);
		this.search = search;
		this.identity = identity;
	}

	public StringProperty queryProperty() {
		return this.query;
	}

	public ObservableList<T> matches() {
		return this.matches;
	}

	public ObjectProperty<T> selectedProperty() {
		return this.selected;
	}

	public T selected() {
		return this.selected.get();
	}

	/**
	 * Asks the server for what matches the query; keeps the selection when it still
	 * matches.
	 */
	public void search() {
		String text = this.query.get();
		call(() -> this.search.apply(text), (found) -> {
			T current = this.selected.get();
			this.matches.setAll(found);
			if (current != null) {
				T same = find(current);
				if (same == null) {
					this.matches.add(0, current);
				}
				else {
					this.selected.set(same);
				}
			}
			if (current == null && found.size() == 1) {
				this.selected.set(found.get(0));
			}
		});
	}

	/** Shows a record picked elsewhere (the customer of the invoice being edited). */
	public void show(T value) {
		if (value == null) {
			this.selected.set(null);
			return;
		}
		T same = find(value);
		if (same == null) {
			this.matches.add(0, value);
			same = value;
		}
		this.selected.set(same);
	}

	private T find(T value) {
		Object key = this.identity.apply(value);
		return this.matches.stream().filter((match) -> key.equals(this.identity.apply(match))).findFirst().orElse(null);
	}

	public void clear() {
		this.selected.set(null);
		this.query.set("");
	}

}
