package fr.infotools.desktop.api.model;

import java.time.LocalDate;
import java.util.List;

/** Sends the statistics report of a period by e-mail, with an optional note. */
public record ReportSendInput(LocalDate from, LocalDate to, List<String> recipients, String message) {
}
