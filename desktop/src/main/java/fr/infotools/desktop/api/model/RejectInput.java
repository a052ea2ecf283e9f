package fr.infotools.desktop.api.model;

/** Rejects a website request. */
public record RejectInput(String reason) {
}
