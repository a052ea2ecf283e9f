package fr.infotools.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.mail.Letter;
import fr.infotools.mail.MailMessage;
import fr.infotools.mail.MailOutbox;
import fr.infotools.shared.BusinessRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics report as a PDF, and sending it by e-mail through the outbox. Its
 * figures are the dashboard's ({@link Statistics}), for the same period and rep.
 */
@Service
public class Reports {

	/** The most addresses a report is sent to at once. */
	public static final int MAX_RECIPIENTS = MailOutbox.MAX_RECIPIENTS;

	private final Statistics statistics;

	private final ReportPdfWriter writer;

	private final MailOutbox outbox;

	private final ReportSendingRepository sendings;

	private final Users users;

	private final AccessPolicy access;

	private final Clock clock;

	private final String company;

	Reports(Statistics statistics, ReportPdfWriter writer, MailOutbox outbox, ReportSendingRepository sendings,
			Users users, AccessPolicy access, Clock clock,
			@Value("${infotools.company.name:InfoTools}") String company) {
		this.statistics = statistics;
		this.writer = writer;
		this.outbox = outbox;
		this.sendings = sendings;
		this.users = users;
		this.access = access;
		this.clock = clock;
		this.company = company;
	}

	/**
	 * The report of the days {@code from} to {@code to}, of one rep or (null) everyone.
	 */
	@Transactional(readOnly = true)
	public PdfFile pdf(LocalDate from, LocalDate to, Long salesRepId) {
		Dashboard dashboard = this.statistics.dashboard(from, to, salesRepId);
		String rep = (salesRepId != null) ? this.statistics.salesRep(salesRepId).displayName() : null;
		byte[] content = this.writer
			.write(new ReportPdfWriter.Report(dashboard, rep, this.company, this.clock.instant()));
		return new PdfFile(fileName(from, to, salesRepId), content);
	}

	/**
	 * Sends the report to the given addresses (1 to {@value #MAX_RECIPIENTS}) with an
	 * optional message: one message of the outbox, the PDF attached, the sending manager
	 * as reply-to. Audited (a {@code report_sendings} row).
	 * @return the message of the outbox
	 */
	@Transactional
	public MailMessage send(LocalDate from, LocalDate to, Long salesRepId, List<String> recipients, String note) {
		this.access.requireManager();
		List<String> addresses = new ArrayList<>();
		for (String recipient : recipients) {
			if (!MailOutbox.isAddress(recipient)) {
				throw new BusinessRuleException("report.recipient", "recipients", recipient);
			}
			if (addresses.stream().noneMatch((known) -> known.equalsIgnoreCase(recipient.strip()))) {
				addresses.add(recipient.strip());
			}
		}
		if (addresses.isEmpty() || addresses.size() > MAX_RECIPIENTS) {
			throw new BusinessRuleException("report.recipients", "recipients", MAX_RECIPIENTS);
		}
		PdfFile pdf = pdf(from, to, salesRepId);
		CurrentUser sender = this.access.currentUser();
		String replyTo = this.users.find(sender.id())
			.map(UserSummary::email)
			.filter(MailOutbox::isAddress)
			.orElse(null);
		Map<String, Object> model = new HashMap<>();
		model.put("from", ReportFormat.date(from));
		model.put("to", ReportFormat.date(to));
		model.put("rep", (salesRepId != null) ? this.statistics.salesRep(salesRepId).displayName() : null);
		model.put("sender", sender.displayName());
		model.put("note", (note != null && !note.isBlank()) ? note.strip() : null);
		model.put("fileName", pdf.fileName());
		MailMessage message = this.outbox
			.enqueue(new Letter("report", addresses, replyTo, List.of(ReportFormat.date(from), ReportFormat.date(to)),
					model, List.of(new Letter.Attachment(pdf.fileName(), "application/pdf", pdf.content()))));
		this.sendings.save(new ReportSending(from, to, salesRepId, addresses, message.getId()));
		return message;
	}

	private static String fileName(LocalDate from, LocalDate to, Long salesRepId) {
		return "rapport-" + from + "-" + to + ((salesRepId != null) ? "-commercial-" + salesRepId : "") + ".pdf";
	}

	/** A PDF and the file name to save it under. */
	public record PdfFile(String fileName, byte[] content) {

	}

}
