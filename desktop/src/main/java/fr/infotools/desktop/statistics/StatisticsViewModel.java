package fr.infotools.desktop.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import fr.infotools.desktop.dashboard.DashboardViewModel;
import fr.infotools.desktop.ui.Context;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The statistics of any period, and the PDF report the server makes of them: saved to a
 * file or sent by e-mail (with a note) to chosen addresses. An error keeps what was
 * typed.
 */
public class StatisticsViewModel extends DashboardViewModel {

	/** At most this many addresses in one sending (as the server allows). */
	public static final int MAX_RECIPIENTS = 10;

	/** At most this many characters in the note sent with the report. */
	public static final int MAX_MESSAGE = 2000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final StringProperty recipients = new SimpleStringProperty(this, "recipients", "");

	private final StringProperty message = new SimpleStringProperty(this, "message", "");

	public StatisticsViewModel(Context context) {
		super(context);
	}

	/** The addresses, separated by commas, semicolons or spaces. */
	public StringProperty recipientsProperty() {
		return this.recipients;
	}

	/** The note sent with the report (optional). */
	public StringProperty messageProperty() {
		return this.message;
	}

	/** The suggested file name of the report. */
	public String reportFileName() {
		return "statistiques-" + fromProperty().get() + "-" + toProperty().get() + ".pdf";
	}

	/** Saves the report of the period to {@code target}; {@code then} gets the file. */
	public void exportPdf(Path target, Consumer<Path> then) {
		if (!periodIsValid()) {
			return;
		}
		LocalDate from = fromProperty().get();
		LocalDate to = toProperty().get();
		call(() -> {
			byte[] pdf = this.context.backend().statistics().reportPdf(from, to);
			Files.write(target, pdf);
			return target;
		}, (file) -> {
			inform(i18n().get("stats.report.saved", file.getFileName()));
			then.accept(file);
		});
	}

	/** Sends the report of the period to the addresses typed. */
	public void send() {
		if (!periodIsValid()) {
			return;
		}
		List<String> addresses = Arrays.stream(this.recipients.get().split("[,;\\s]+"))
			.map(String::strip)
			.filter((address) -> !address.isEmpty())
			.distinct()
			.toList();
		if (addresses.isEmpty()) {
			required("recipients", null);
			return;
		}
		List<String> wrong = addresses.stream().filter((address) -> !EMAIL.matcher(address).matches()).toList();
		if (!wrong.isEmpty()) {
			rejectField("recipients", i18n().get("stats.recipients.invalid", String.join(", ", wrong)));
			return;
		}
		if (addresses.size() > MAX_RECIPIENTS) {
			rejectField("recipients", i18n().get("stats.recipients.tooMany", MAX_RECIPIENTS));
			return;
		}
		String note = (this.message.get() != null) ? this.message.get().strip() : "";
		if (note.length() > MAX_MESSAGE) {
			rejectField("message", i18n().get("stats.message.tooLong", MAX_MESSAGE));
			return;
		}
		LocalDate from = fromProperty().get();
		LocalDate to = toProperty().get();
		call(() -> this.context.backend().statistics().sendReport(from, to, addresses, note.isEmpty() ? null : note),
				(sent) -> inform(i18n().get("stats.report.sent", String.join(", ", sent.recipients()))));
	}

}
