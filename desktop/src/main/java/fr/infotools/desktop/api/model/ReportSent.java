package fr.infotools.desktop.api.model;

import java.util.List;

/** The report's e-mail, written to the server's outbox. */
public record ReportSent(long messageId, String status, List<String> recipients, String subject) {
}
