package fr.infotools.appointment;

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
 * A request for an appointment sent from the public website. A manager assigns it to a
 * sales rep (which creates the rep's appointment) or rejects it; either way it is decided
 * once.
 */
@Entity
@Table(name = "appointment_requests")
@Audited
public class AppointmentRequest extends AbstractEntity {

	/** The longest rejection reason kept. */
	public static final int MAX_REASON = 500;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppointmentRequestStatus status = AppointmentRequestStatus.NEW;

	@Column(nullable = false)
	private String requesterName;

	private String companyName;

	@Column(nullable = false)
	private String email;

	private String phone;

	@Column(nullable = false)
	private String subject;

	private Long productId;

	private String message;

	private String preferredSlots;

	private boolean consent;

	private Long decidedBy;

	private Long assignedTo;

	private Long customerId;

	private Instant decidedAt;

	private String rejectionReason;

	protected AppointmentRequest() {
	}

	AppointmentRequest(RequestDetails details) {
		if (!details.consent()) {
			throw new IllegalArgumentException("A request needs the requester's consent to be contacted");
		}
		this.requesterName = details.requesterName();
		this.companyName = details.companyName();
		this.email = details.email();
		this.phone = details.phone();
		this.subject = details.subject();
		this.productId = details.productId();
		this.message = details.message();
		this.preferredSlots = details.preferredSlots();
		this.consent = true;
	}

	void assign(Long managerId, long salesRepId, long customerId, Instant at) {
		requireNew();
		this.status = AppointmentRequestStatus.ASSIGNED;
		this.decidedBy = managerId;
		this.assignedTo = salesRepId;
		this.customerId = customerId;
		this.decidedAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	void reject(Long managerId, String reason, Instant at) {
		requireNew();
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("request.reason-required", "reason");
		}
		if (reason.length() > MAX_REASON) {
			throw new BusinessRuleException("request.reason-too-long", "reason", MAX_REASON);
		}
		this.status = AppointmentRequestStatus.REJECTED;
		this.decidedBy = managerId;
		this.rejectionReason = reason.strip();
		this.decidedAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	/** Whether a manager already assigned or rejected the request. */
	boolean isDecided() {
		return this.status != AppointmentRequestStatus.NEW;
	}

	private void requireNew() {
		if (isDecided()) {
			throw new IllegalStateException("Request " + getId() + " was already " + this.status);
		}
	}

	void backdate(Instant createdAt) {
		setCreatedAt(createdAt);
	}

	public AppointmentRequestStatus getStatus() {
		return this.status;
	}

	public String getRequesterName() {
		return this.requesterName;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getSubject() {
		return this.subject;
	}

	public Long getProductId() {
		return this.productId;
	}

	public String getMessage() {
		return this.message;
	}

	public String getPreferredSlots() {
		return this.preferredSlots;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public Long getDecidedBy() {
		return this.decidedBy;
	}

	public Long getAssignedTo() {
		return this.assignedTo;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

}
