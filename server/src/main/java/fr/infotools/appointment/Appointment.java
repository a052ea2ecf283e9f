package fr.infotools.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import fr.infotools.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A meeting of a sales rep with a prospect or customer.
 */
@Entity
@Table(name = "appointments")
@Audited
public class Appointment extends AbstractEntity {

	/** No appointment lasts longer than this. */
	public static final Duration MAX_DURATION = Duration.ofHours(12);

	/** No appointment starts before this (older records are not imported)… */
	static final Instant EARLIEST_START = Instant.parse("2000-01-01T00:00:00Z");

	/** …nor further ahead than this: a later date is a typing error. */
	static final Duration MAX_AHEAD = Duration.ofDays(5 * 366);

	@Column(nullable = false)
	private long salesRepId;

	@Column(nullable = false)
	private long customerId;

	private Long contactId;

	private Long requestId;

	@Column(nullable = false)
	private Instant startAt;

	@Column(nullable = false)
	private Instant endAt;

	private String place;

	@Column(nullable = false)
	private String subject;

	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppointmentStatus status = AppointmentStatus.PLANNED;

	protected Appointment() {
	}

	Appointment(long salesRepId, AppointmentDetails details, Long requestId) {
		this.salesRepId = salesRepId;
		this.requestId = requestId;
		apply(details);
	}

	void apply(AppointmentDetails details) {
		checkPeriod(details.startAt(), details.endAt());
		this.customerId = details.customerId();
		this.contactId = details.contactId();
		this.startAt = details.startAt().truncatedTo(ChronoUnit.MICROS);
		this.endAt = details.endAt().truncatedTo(ChronoUnit.MICROS);
		this.place = details.place();
		this.subject = details.subject();
		this.notes = details.notes();
	}

	/** The end comes after the start, within {@link #MAX_DURATION}. */
	static void checkPeriod(Instant start, Instant end) {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An appointment ends after it starts");
		}
		if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
			throw new IllegalArgumentException("An appointment lasts at most 12 hours");
		}
	}

	/**
	 * The start lies between {@link #EARLIEST_START} and {@link #MAX_AHEAD} from now.
	 * @throws BusinessRuleException naming {@code startAt} otherwise
	 */
	static void checkStartRange(Instant start, Instant now) {
		if (start.isBefore(EARLIEST_START) || start.isAfter(now.plus(MAX_AHEAD))) {
			throw new BusinessRuleException("appointment.date-range", "startAt");
		}
	}

	/**
	 * Whether a change of status is allowed: a planned appointment is done (once it has
	 * started) or cancelled, a cancelled one planned again; a done one stays done.
	 * Staying in the same status is always allowed.
	 * @throws BusinessRuleException naming the {@code status} field otherwise
	 */
	static void checkStatusChange(AppointmentStatus from, AppointmentStatus to, Instant start, Instant now) {
		if (from == to) {
			return;
		}
		boolean allowed = switch (from) {
			case PLANNED -> true;
			case CANCELLED -> to == AppointmentStatus.PLANNED;
			case DONE -> false;
		};
		if (!allowed) {
			throw new BusinessRuleException("appointment.status-change", "status", from, to);
		}
		if (to == AppointmentStatus.DONE && start.isAfter(now)) {
			throw new BusinessRuleException("appointment.done-before-start", "status");
		}
	}

	/** Moves to another status, under the rules of {@link #checkStatusChange}. */
	void changeStatus(AppointmentStatus to, Instant now) {
		checkStatusChange(this.status, to, this.startAt, now);
		this.status = to;
	}

	/**
	 * Whether the given start differs from this appointment's (to the microsecond
	 * stored).
	 */
	boolean startsOtherwiseThan(Instant start) {
		return !start.truncatedTo(ChronoUnit.MICROS).equals(this.startAt);
	}

	void markDone() {
		this.status = AppointmentStatus.DONE;
	}

	void cancel() {
		this.status = AppointmentStatus.CANCELLED;
	}

	public long getSalesRepId() {
		return this.salesRepId;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public Instant getStartAt() {
		return this.startAt;
	}

	public Instant getEndAt() {
		return this.endAt;
	}

	public String getPlace() {
		return this.place;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getNotes() {
		return this.notes;
	}

	public AppointmentStatus getStatus() {
		return this.status;
	}

}
