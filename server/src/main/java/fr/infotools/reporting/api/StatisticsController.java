package fr.infotools.reporting.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.infotools.mail.MailMessage;
import fr.infotools.mail.MailStatus;
import fr.infotools.reporting.Dashboard;
import fr.infotools.reporting.Reports;
import fr.infotools.reporting.Statistics;
import fr.infotools.shared.SafeText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics for managers (the security rules reserve {@code /api/v1/stats/**} to them):
 * the dashboard, the same figures as a PDF report, and sending that report by e-mail.
 */
@RestController
@RequestMapping("/api/v1/stats")
class StatisticsController {

	private final Statistics statistics;

	private final Reports reports;

	private final Clock clock;

	StatisticsController(Statistics statistics, Reports reports, Clock clock) {
		this.statistics = statistics;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The dashboard of the days {@code from} to {@code to} (included); by default the
	 * last twelve months; {@code rep}: one sales rep's figures.
	 */
	@GetMapping("/dashboard")
	Dashboard dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long rep) {
		Period period = period(from, to);
		return this.statistics.dashboard(period.from(), period.to(), rep);
	}

	/** The dashboard's figures as a PDF report in French, with charts. */
	@GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> report(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long rep) {
		Period period = period(from, to);
		Reports.PdfFile file = this.reports.pdf(period.from(), period.to(), rep);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	/**
	 * Sends the report by e-mail through the outbox: 202 with the message, whose
	 * {@code Location} tells where to follow its delivery.
	 */
	@PostMapping("/report/send")
	ResponseEntity<SendResponse> send(@Valid @RequestBody SendRequest request) {
		MailMessage message = this.reports.send(request.from(), request.to(), request.rep(), request.recipients(),
				request.message());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/mail/messages/" + message.getId()))
			.body(new SendResponse(message.getId(), message.getStatus(), message.getRecipients(),
					message.getSubject()));
	}

	private Period period(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusYears(1).plusDays(1);
		return new Period(start, end);
	}

	private record Period(LocalDate from, LocalDate to) {

	}

	/**
	 * Who receives the report of which period.
	 *
	 * @param rep one sales rep's report, or null for everyone's
	 * @param message a few words shown in the e-mail, as typed (never as HTML)
	 */
	record SendRequest(@NotNull LocalDate from, @NotNull LocalDate to, Long rep,
			@NotEmpty @Size(max = Reports.MAX_RECIPIENTS) List<@NotBlank @Email @Size(max = 254) String> recipients,
			@Size(max = 2000) @SafeText(multiline = true) String message) {

	}

	/** The message of the outbox that carries the report. */
	record SendResponse(long messageId, MailStatus status, List<String> recipients, String subject) {

	}

}
