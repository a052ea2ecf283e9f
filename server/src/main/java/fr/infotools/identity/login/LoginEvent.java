package fr.infotools.identity.login;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.infotools.shared.Audited;
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
 * One login attempt: who (as typed, normalised), from where, and how it ended. Audited,
 * so that every login leaves a row in the audit trail.
 */
@Entity
@Table(name = "login_events")
@Immutable
@Audited
public class LoginEvent {

	static final int MAX_USERNAME = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private LoginOutcome outcome;

	@Column(nullable = false, updatable = false)
	private String clientAddress;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected LoginEvent() {
	}

	LoginEvent(String username, Long userId, LoginOutcome outcome, String clientAddress, Instant at) {
		this.username = truncate(username, MAX_USERNAME);
		this.userId = userId;
		this.outcome = outcome;
		this.clientAddress = truncate(clientAddress, 64);
		this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	private static String truncate(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public Long getUserId() {
		return this.userId;
	}

	public LoginOutcome getOutcome() {
		return this.outcome;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
