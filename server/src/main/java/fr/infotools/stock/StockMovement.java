package fr.infotools.stock;

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
 * One signed change of a product's stock: never edited or removed; a mistake is corrected
 * by another movement.
 */
@Entity
@Table(name = "stock_movements")
@Immutable
@Audited
public class StockMovement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long productId;

	@Column(nullable = false, updatable = false)
	private int quantity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private MovementReason reason;

	private String reference;

	private String comment;

	private Long userId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected StockMovement() {
	}

	StockMovement(long productId, int quantity, MovementReason reason, String reference, String comment, Long userId,
			Instant at) {
		if (quantity == 0) {
			throw new IllegalArgumentException("A stock movement moves at least one unit");
		}
		this.productId = productId;
		this.quantity = quantity;
		this.reason = reason;
		this.reference = reference;
		this.comment = comment;
		this.userId = userId;
		this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return this.id;
	}

	public long getProductId() {
		return this.productId;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public MovementReason getReason() {
		return this.reason;
	}

	public String getReference() {
		return this.reference;
	}

	public String getComment() {
		return this.comment;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
