package fr.infotools.catalog;

/**
 * Whether a product can be delivered from stock, as customers and sales reps see it.
 */
public enum Availability {

	/** Above its reorder level. */
	IN_STOCK,

	/** Some units left, at or under the reorder level: time to restock. */
	LOW,

	/** No unit left. */
	OUT_OF_STOCK,

	/** Not kept in stock (services, licences): always available. */
	NOT_STOCKED;

	/**
	 * The availability of a product from its stock level; {@code level} is ignored for a
	 * product that is not stock-managed.
	 */
	public static Availability of(boolean stockManaged, int level, int reorderLevel) {
		if (!stockManaged) {
			return NOT_STOCKED;
		}
		if (level <= 0) {
			return OUT_OF_STOCK;
		}
		return (level <= reorderLevel) ? LOW : IN_STOCK;
	}

}
