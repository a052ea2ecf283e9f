package fr.infotools.appointment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

	/**
	 * Appointments that start within the period, optionally of one rep, in start order.
	 */
	@Query("""
			select a from Appointment a
			where (:salesRepId is null or a.salesRepId = :salesRepId)
			  and a.startAt >= :from and a.startAt < :to
			order by a.startAt, a.id""")
	List<Appointment> findInPeriod(Long salesRepId, Instant from, Instant to, Pageable page);

	/**
	 * As {@link #findInPeriod}, one page in the page's order (the index on rep and start
	 * serves it).
	 */
	@Query(value = """
			select a from Appointment a
			where (:salesRepId is null or a.salesRepId = :salesRepId)
			  and a.startAt >= :from and a.startAt < :to""", countQuery = """
			select count(a) from Appointment a
			where (:salesRepId is null or a.salesRepId = :salesRepId)
			  and a.startAt >= :from and a.startAt < :to""")
	Page<Appointment> searchInPeriod(Long salesRepId, Instant from, Instant to, Pageable page);

	/**
	 * The rep's planned appointments that overlap the period (the one being edited
	 * excepted). One that ends after the start began at most
	 * {@link Appointment#MAX_DURATION} before it: the index range stops there.
	 */
	default List<Appointment> findOverlapping(long salesRepId, Instant start, Instant end, Long exceptId) {
		return findOverlapping(salesRepId, start, end, start.minus(Appointment.MAX_DURATION), exceptId);
	}

	@Query("""
			select a from Appointment a
			where a.salesRepId = :salesRepId and a.status <> fr.infotools.appointment.AppointmentStatus.CANCELLED
			  and a.startAt < :end and a.startAt > :startedAfter and a.endAt > :start
			  and (:exceptId is null or a.id <> :exceptId)
			order by a.startAt""")
	List<Appointment> findOverlapping(long salesRepId, Instant start, Instant end, Instant startedAfter, Long exceptId);

	/**
	 * How many appointments start within the period, optionally of one rep, cancelled
	 * ones left out (the index on rep and start serves it).
	 */
	@Query("""
			select count(a) from Appointment a
			where (:salesRepId is null or a.salesRepId = :salesRepId)
			  and a.startAt >= :from and a.startAt < :to
			  and a.status <> fr.infotools.appointment.AppointmentStatus.CANCELLED""")
	long countInPeriod(Long salesRepId, Instant from, Instant to);

	/**
	 * The rep's planned appointments booked from website requests since the given time
	 * and not over yet, newest first.
	 */
	default List<Appointment> findFromRequests(long salesRepId, Instant since, Instant now, Pageable page) {
		return findFromRequests(salesRepId, since, now, now.minus(Appointment.MAX_DURATION), page);
	}

	@Query("""
			select a from Appointment a
			where a.salesRepId = :salesRepId and a.requestId is not null and a.createdAt >= :since
			  and a.startAt > :startedAfter and a.endAt > :now
			  and a.status = fr.infotools.appointment.AppointmentStatus.PLANNED
			order by a.createdAt desc, a.id desc""")
	List<Appointment> findFromRequests(long salesRepId, Instant since, Instant now, Instant startedAfter,
			Pageable page);

	/**
	 * One page of a customer's appointments, optionally only one rep's, in the page's
	 * order (the index on customer and start serves it).
	 */
	@Query(value = """
			select a from Appointment a
			where a.customerId = :customerId and (:salesRepId is null or a.salesRepId = :salesRepId)""",
			countQuery = """
					select count(a) from Appointment a
					where a.customerId = :customerId and (:salesRepId is null or a.salesRepId = :salesRepId)""")
	Page<Appointment> findForCustomer(long customerId, Long salesRepId, Pageable page);

	List<Appointment> findByRequestIdIn(Collection<Long> requestIds);

	boolean existsByRequestId(long requestId);

}
