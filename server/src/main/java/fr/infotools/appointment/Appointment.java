package fr.infotools.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
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
