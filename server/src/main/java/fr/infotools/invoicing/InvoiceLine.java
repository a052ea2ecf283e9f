package fr.infotools.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.infotools.shared.AbstractEntity;
import fr.infotools.shared.Audited;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One line of an invoice: a product with the price, discount, VAT rate and unit cost it
 * had when the line was added (later catalogue changes do not alter it).
 */
@Entity
@Table(name = "invoice_lines")
@Audited
public class InvoiceLine extends AbstractEntity {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "invoice_id", updatable = false)
	private Invoice invoice;

	@Column(nullable = false)
	private int lineNo;

	@Column(nullable = false)
	private long productId;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private int quantity;

	@Column(nullable = false)
	private Money unitPriceExclVat;

	@Column(nullable = false)
	private BigDecimal discountPercent;

	@Column(nullable = false)
	private VatRate vatRate;

	@Column(nullable = false)
	private Money unitCost;

	@Column(nullable = false)
	private Money netAmount;

	protected InvoiceLine() {
	}

	InvoiceLine(Invoice invoice, int lineNo, ProductSnapshot product, int quantity, BigDecimal discountPercent) {
		this.invoice = invoice;
		this.lineNo = lineNo;
		this.productId = product.productId();
		this.description = product.description();
		this.unitPriceExclVat = product.unitPriceExclVat();
		this.vatRate = product.vatRate();
		this.unitCost = product.unitCost();
		change(quantity, discountPercent);
	}

	/**
	 * A credit note's line that credits {@code quantity} units of an invoice line, for
	 * the given net amount; it keeps the invoice line's number, prices, VAT rate and
	 * cost.
	 */
	InvoiceLine(Invoice note, InvoiceLine credited, int quantity, Money netAmount) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be positive");
		}
		this.invoice = note;
		this.lineNo = credited.lineNo;
		this.productId = credited.productId;
		this.description = credited.description;
		this.unitPriceExclVat = credited.unitPriceExclVat;
		this.vatRate = credited.vatRate;
		this.unitCost = credited.unitCost;
		this.discountPercent = credited.discountPercent;
		this.quantity = quantity;
		this.netAmount = netAmount;
	}

	void change(int quantity, BigDecimal discountPercent) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be positive");
		}
		BigDecimal discount = (discountPercent != null) ? discountPercent : BigDecimal.ZERO;
		if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("discount must be between 0 and 100 %");
		}
		this.quantity = quantity;
		this.discountPercent = discount.setScale(2, RoundingMode.HALF_UP);
		this.netAmount = net(this.unitPriceExclVat, quantity, this.discountPercent);
	}

	/**
	 * Quantity × unit price, less the discount, rounded half-up to the cent once, on the
	 * line total.
	 */
	static Money net(Money unitPrice, int quantity, BigDecimal discountPercent) {
		BigDecimal gross = unitPrice.amount().multiply(BigDecimal.valueOf(quantity));
		BigDecimal kept = HUNDRED.subtract(discountPercent);
		return new Money(gross.multiply(kept).divide(HUNDRED, 2, RoundingMode.HALF_UP));
	}

	/** What the line cost Info-Tools: quantity × unit cost snapshot. */
	public Money cost() {
		return this.unitCost.times(this.quantity);
	}

	/** Net amount less cost. */
	public Money margin() {
		return this.netAmount.minus(cost());
	}

	ProductSnapshot snapshot() {
		return new ProductSnapshot(this.productId, this.description, this.unitPriceExclVat, this.vatRate, this.unitCost,
				false);
	}

	public int getLineNo() {
		return this.lineNo;
	}

	public long getProductId() {
		return this.productId;
	}

	public String getDescription() {
		return this.description;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public Money getUnitPriceExclVat() {
		return this.unitPriceExclVat;
	}

	public BigDecimal getDiscountPercent() {
		return this.discountPercent;
	}

	public VatRate getVatRate() {
		return this.vatRate;
	}

	public Money getUnitCost() {
		return this.unitCost;
	}

	public Money getNetAmount() {
		return this.netAmount;
	}

}
