package fr.infotools.audit.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.infotools.audit.AuditAction;
import fr.infotools.audit.AuditAnalyses.DeletionCount;
import fr.infotools.audit.AuditAnalyses.FrequentlyChangedAppointment;
import fr.infotools.audit.AuditEntry;
import fr.infotools.audit.AuditFilter;
import fr.infotools.audit.AuditTrail;
import fr.infotools.audit.IntegrityReport;
import fr.infotools.shared.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The audit trail for managers (the security rules reserve {@code /api/v1/audit/**} to
 * them): filtered list, integrity check and the two analyses. Days are calendar days in
 * Europe/Paris.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Validated
class AuditController {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final AuditTrail trail;

	private final Clock clock;

	AuditController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping
	PageResponse<AuditEntry> list(@RequestParam(required = false) Long userId,
			@RequestParam(required = false) String table, @RequestParam(required = false) String rowId,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		AuditFilter filter = new AuditFilter(userId, table, rowId, action, (from != null) ? startOf(from) : null,
				(to != null) ? startOf(to.plusDays(1)) : null);
		return PageResponse.of(this.trail.search(filter, PageRequest.of(page, size)));
	}

	@GetMapping("/verify")
	IntegrityReport verify() {
		return this.trail.verify();
	}

	@GetMapping("/analyses/appointments-changed-often")
	List<FrequentlyChangedAppointment> appointmentsChangedOften(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.trail.appointmentsChangedMoreThanTwiceAWeek(fromOrYearAgo(from), toOrTomorrow(to));
	}

	@GetMapping("/analyses/deletions-per-user")
	List<DeletionCount> deletionsPerUser(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.trail.deletionsPerUser(fromOrYearAgo(from), toOrTomorrow(to));
	}

	private Instant fromOrYearAgo(LocalDate from) {
		return startOf((from != null) ? from : LocalDate.now(this.clock.withZone(PARIS)).minusYears(1));
	}

	private Instant toOrTomorrow(LocalDate to) {
		return startOf(((to != null) ? to : LocalDate.now(this.clock.withZone(PARIS))).plusDays(1));
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(PARIS).toInstant();
	}

}
