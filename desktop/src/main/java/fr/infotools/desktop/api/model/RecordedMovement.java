package fr.infotools.desktop.api.model;

/** The answer to a movement: the movement and the new level. */
public record RecordedMovement(StockMovement movement, Integer stockLevel, Availability availability) {
}
