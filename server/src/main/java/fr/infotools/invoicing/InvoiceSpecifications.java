package fr.infotools.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import fr.infotools.customer.Customer;

import org.springframework.data.jpa.domain.Specification;

/**
 * The WHERE clause of an invoice list, built from the criteria actually given so that the
 * database can use its indexes (customer and date, sales rep and date, status and due
 * date, issue date).
 */
final class InvoiceSpecifications {

	private InvoiceSpecifications() {
	}

	/**
	 * @param ownerScope the sales rep whose customers' invoices only are visible, or null
	 * @param today the day (Europe/Paris) before which a due date is past
	 */
	static Specification<Invoice> matching(InvoiceFilter filter, Long ownerScope, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (ownerScope != null) {
				Subquery<Long> owned = query.subquery(Long.class);
				Root<Customer> customer = owned.from(Customer.class);
				owned.select(customer.get("id")).where(cb.equal(customer.get("ownerId"), ownerScope));
				where.add(root.get("customerId").in(owned));
			}
			if (filter.customerId() != null) {
				where.add(cb.equal(root.get("customerId"), filter.customerId()));
			}
			if (filter.salesRepId() != null) {
				where.add(cb.equal(root.get("salesRepId"), filter.salesRepId()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("issueDate"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("issueDate"), filter.to()));
			}
			if (filter.overdue() != null) {
				Predicate overdue = overdue(root, cb, today);
				where.add(filter.overdue() ? overdue : cb.not(overdue));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Issued or partly paid, due before today: what {@link Invoice#isOverdue} says. */
	private static Predicate overdue(Root<Invoice> root, CriteriaBuilder cb, LocalDate today) {
		return cb.and(cb.equal(root.get("kind"), InvoiceKind.INVOICE),
				root.get("status").in(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID),
				cb.lessThan(root.get("dueDate"), today));
	}

}
