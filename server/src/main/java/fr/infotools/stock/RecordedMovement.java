package fr.infotools.stock;

/**
 * A movement just recorded, with the level it left.
 */
public record RecordedMovement(StockMovement movement, int level) {

}
