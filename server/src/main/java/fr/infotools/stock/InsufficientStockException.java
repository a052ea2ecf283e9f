package fr.infotools.stock;

import java.util.List;

/**
 * Taking the requested quantities would put one or more products below zero: nothing was
 * taken.
 */
public class InsufficientStockException extends RuntimeException {

	private final List<Shortage> shortages;

	public InsufficientStockException(List<Shortage> shortages) {
		super("Insufficient stock for " + shortages);
		this.shortages = List.copyOf(shortages);
	}

	public List<Shortage> getShortages() {
		return this.shortages;
	}

	/** A product that lacks stock: what was asked and what there is. */
	public record Shortage(long productId, int requested, int available) {

	}

}
