package fr.infotools.desktop.api.model;

/** The result of the audit integrity check. */
public record IntegrityReport(Boolean intact, Long rowsChecked, Long firstBrokenId, String problem) {
}
