package fr.infotools.desktop.api.model;

import java.util.List;

/** One page of a list: the server pages every list the same way. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> Page<T> of(List<T> items) {
		return new Page<>(items, 0, Math.max(1, items.size()), items.size(), items.isEmpty() ? 0 : 1);
	}

	public boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
