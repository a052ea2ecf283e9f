package fr.infotools.desktop.ui;

/**
 * A screen whose main table is a paged list from the server: a new search starts again at
 * the first page, and the buttons move one page at a time. The screen says how to load
 * the current page.
 */
public abstract class PagedListViewModel extends ViewModel {

	private final Paging paging;

	protected PagedListViewModel(Context context, int pageSize) {
		super(context);
		this.paging = new Paging(pageSize);
	}

	public Paging paging() {
		return this.paging;
	}

	public void search() {
		this.paging.goTo(0);
		load();
	}

	public void nextPage() {
		this.paging.goTo(this.paging.page() + 1);
		load();
	}

	public void previousPage() {
		this.paging.goTo(this.paging.page() - 1);
		load();
	}

	/** Loads the page {@link #paging()} points at. */
	public abstract void load();

}
