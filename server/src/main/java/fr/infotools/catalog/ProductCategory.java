package fr.infotools.catalog;

/**
 * The product families, as the catalogue and the statistics group them.
 */
public enum ProductCategory {

	SOFTWARE, SERVER, WORKSTATION, NETWORK, SERVICE

}
