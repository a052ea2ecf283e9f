package fr.infotools.catalog;

/**
 * A product was added to the catalogue (the stock module opens its stock level).
 */
public record ProductCreated(long productId, boolean stockManaged) {

}
