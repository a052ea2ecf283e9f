package fr.infotools.desktop.api;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.api.model.Dashboard;
import fr.infotools.desktop.api.model.ReportSendInput;
import fr.infotools.desktop.api.model.ReportSent;

/** The statistics of a period, and the PDF report the server makes of them. */
public class StatisticsApi {

	private static final String PATH = "/api/v1/stats";

	private final ApiClient client;

	public StatisticsApi(ApiClient client) {
		this.client = client;
	}

	public Dashboard dashboard(LocalDate from, LocalDate to) {
		return this.client.get(PATH + "/dashboard", Query.of().add("from", from).add("to", to), Dashboard.class);
	}

	public byte[] reportPdf(LocalDate from, LocalDate to) {
		return this.client.getBytes(PATH + "/report.pdf", Query.of().add("from", from).add("to", to),
				"application/pdf");
	}

	/** Sends the report by e-mail (through the server's outbox). */
	public ReportSent sendReport(LocalDate from, LocalDate to, List<String> recipients, String message) {
		return this.client.post(PATH + "/report/send", new ReportSendInput(from, to, recipients, message),
				ReportSent.class);
	}

}
