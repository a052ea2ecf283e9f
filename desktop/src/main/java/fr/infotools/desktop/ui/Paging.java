package fr.infotools.desktop.ui;

import fr.infotools.desktop.api.model.Page;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/** Where a paged list is: the page shown (from 0), how many pages and rows there are. */
public final class Paging {

	private final int size;

	private final IntegerProperty page = new SimpleIntegerProperty(this, "page");

	private final IntegerProperty totalPages = new SimpleIntegerProperty(this, "totalPages");

	private final LongProperty totalItems = new SimpleLongProperty(this, "totalItems");

	public Paging(int size) {
		this.size = size;
	}

	public int size() {
		return this.size;
	}

	public int page() {
		return this.page.get();
	}

	/** The page to ask for next (for example 0 after a new search). */
	public void goTo(int page) {
		this.page.set(Math.max(0, page));
	}

	public void update(Page<?> answer) {
		this.totalPages.set(answer.totalPages());
		this.totalItems.set(answer.totalItems());
		this.page.set(answer.page());
	}

	public IntegerProperty pageProperty() {
		return this.page;
	}

	public IntegerProperty totalPagesProperty() {
		return this.totalPages;
	}

	public LongProperty totalItemsProperty() {
		return this.totalItems;
	}

	public BooleanBinding hasNext() {
		return Bindings.createBooleanBinding(() -> this.page.get() + 1 < this.totalPages.get(), this.page,
				this.totalPages);
	}

	public BooleanBinding hasPrevious() {
		return this.page.greaterThan(0);
	}

}
