package fr.infotools.reporting;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A statistics report a manager sent by e-mail: which period, which rep (or everyone), to
 * whom, and the message of the outbox that carries it. Audited: the trail says who sent
 * which figures to whom, and when.
 */
@Entity
@Table(name = "report_sendings")
@Audited
class ReportSending extends AbstractEntity {

	@Column(nullable = false, updatable = false)
	private LocalDate periodFrom;

	@Column(nullable = false, updatable = false)
	private LocalDate periodTo;

	@Column(updatable = false)
	private Long salesRepId;

	@Column(nullable = false, updatable = false)
	private String recipients;

	@Column(nullable = false, updatable = false)
	private long mailId;

	protected ReportSending() {
	}

	ReportSending(LocalDate periodFrom, LocalDate periodTo, Long salesRepId, List<String> recipients, long mailId) {
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.salesRepId = salesRepId;
		this.recipients = String.join(",", recipients);
		this.mailId = mailId;
	}

	long getMailId() {
		return this.mailId;
	}

}
