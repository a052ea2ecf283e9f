package fr.infotools.catalog;

/**
 * The product families, as the catalogue and the statistics group them.
 */
public enum ProductCategory {

	SOFTWARE(false), SERVER(true), WORKSTATION(true), NETWORK(true), SERVICE(false);

	private final boolean hardware;

	ProductCategory(boolean hardware) {
		this.hardware = hardware;
	}

	/**
	 * Whether products of this family are stock-managed unless said otherwise: hardware
	 * is; licences and services are not.
	 */
	public boolean stockManagedByDefault() {
		return this.hardware;
	}

	/**
	 * Whether a product of this family can be kept in stock at all (a service cannot).
	 */
	public boolean stockable() {
		return this != SERVICE;
	}

}
