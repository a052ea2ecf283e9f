package fr.infotools.reporting.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.infotools.reporting.Dashboard;
import fr.infotools.reporting.Statistics;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics for managers (the security rules reserve {@code /api/v1/stats/**} to them).
 */
@RestController
@RequestMapping("/api/v1/stats")
class StatisticsController {

	private final Statistics statistics;

	private final Clock clock;

	StatisticsController(Statistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	/**
	 * The dashboard of the days {@code from} to {@code to} (included); by default the
	 * last twelve months.
	 */
	@GetMapping("/dashboard")
	Dashboard dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusYears(1).plusDays(1);
		return this.statistics.dashboard(start, end);
	}

}
