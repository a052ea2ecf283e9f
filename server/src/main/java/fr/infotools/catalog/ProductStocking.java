package fr.infotools.catalog;

/**
 * What issuing a document needs to know of a product: whether its stock is followed, and
 * the SKU that names it in a shortage.
 */
public record ProductStocking(long id, String sku, boolean stockManaged) {

}
