package fr.infotools.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeRegistration;
import org.hibernate.type.SqlTypes;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Identity, optimistic-locking version and timestamps shared by every editable table.
 * Instants are read and written by {@link UtcDateTimeJdbcType} (for every entity: the
 * registration is global).
 */
@MappedSuperclass
@JdbcTypeRegistration(value = UtcDateTimeJdbcType.class, registrationCode = SqlTypes.TIMESTAMP)
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	/**
	 * Refuses a change made from a stale copy: the client sends the version it read, and
	 * a different current version means someone else changed the record meanwhile (409).
	 */
	public void requireVersion(Long expected) {
		if (expected != null && expected != this.version) {
			throw new ObjectOptimisticLockingFailureException(getClass(), this.id);
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Back-dates a record that describes the past (demo data, imports); otherwise the
	 * creation time is the time it is first saved.
	 */
	protected void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	@PrePersist
	void onCreate() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (this.createdAt == null) {
			this.createdAt = now;
		}
		this.updatedAt = now;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
