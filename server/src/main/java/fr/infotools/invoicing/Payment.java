package fr.infotools.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.infotools.shared.Audited;
import fr.infotools.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Money received against an invoice. Never edited: a mistake is corrected by a credit
 * note.
 */
@Entity
@Table(name = "payments")
@Immutable
@Audited
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long invoiceId;

	@Column(nullable = false, updatable = false)
	private Money amount;

	@Column(nullable = false, updatable = false)
	private LocalDate paidOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private PaymentMethod method;

	private String reference;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Payment() {
	}

	Payment(long invoiceId, Money amount, LocalDate paidOn, PaymentMethod method, String reference, Instant at) {
		this.invoiceId = invoiceId;
		this.amount = amount;
		this.paidOn = paidOn;
		this.method = method;
		this.reference = reference;
		this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return this.id;
	}

	public long getInvoiceId() {
		return this.invoiceId;
	}

	public Money getAmount() {
		return this.amount;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public String getReference() {
		return this.reference;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
