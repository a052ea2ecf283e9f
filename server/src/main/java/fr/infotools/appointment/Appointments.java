package fr.infotools.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.infotools.customer.Customer;
import fr.infotools.customer.Customers;
import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments and website requests, with their rules: an appointment belongs to a rep
 * and one of the rep's customers (a manager may book for anyone), ends after it starts
 * within 12 hours, does not start in the past, and never overlaps another of the rep's
 * appointments.
 */
@Service
public class Appointments {

	private final AppointmentRepository appointments;

	private final AppointmentRequestRepository requests;

	private final Customers customers;

	private final AccessPolicy access;

	private final Clock clock;

	Appointments(AppointmentRepository appointments, AppointmentRequestRepository requests, Customers customers,
			AccessPolicy access, Clock clock) {
		this.appointments = appointments;
		this.requests = requests;
		this.customers = customers;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Books an appointment. A sales rep books for themselves; a manager names the rep.
	 */
	@Transactional
	public Appointment book(Long salesRepId, AppointmentDetails details) {
		long rep = this.access.ownerScope().orElseGet(() -> requireRep(salesRepId));
		checkRules(rep, details, null);
		if (details.startAt().isBefore(this.clock.instant())) {
			throw new BusinessRuleException("appointment.in-past", "startAt");
		}
		return this.appointments.save(new Appointment(rep, details, null));
	}

	/**
	 * Records an appointment that may lie in the past (demo data, imports); managers and
	 * the server only.
	 */
	@Transactional
	public Appointment record(long salesRepId, AppointmentDetails details, AppointmentStatus status) {
		this.access.requireManager();
		checkRules(salesRepId, details, null);
		Appointment appointment = new Appointment(salesRepId, details, null);
		if (status == AppointmentStatus.DONE) {
			appointment.markDone();
		}
		else if (status == AppointmentStatus.CANCELLED) {
			appointment.cancel();
		}
		return this.appointments.save(appointment);
	}

	@Transactional(readOnly = true)
	public Appointment get(long id) {
		return this.appointments.findById(id)
			.filter((appointment) -> this.access.mayAccess(appointment.getSalesRepId()))
			.orElseThrow(() -> new NotFoundException("appointment", id));
	}

	/**
	 * The appointments starting in the period: the rep's own, or for a manager every
	 * rep's or one rep's.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> inPeriod(Instant from, Instant to, Long salesRepId, int limit) {
		Long rep = this.access.ownerScope().orElse(salesRepId);
		return this.appointments.findInPeriod(rep, from, to, PageRequest.of(0, limit));
	}

	/** The current user's appointments that are not over yet, soonest first. */
	@Transactional(readOnly = true)
	public List<Appointment> upcoming(int limit) {
		long me = this.access.currentUser().id();
		return this.appointments.findUpcoming(me, this.clock.instant(), PageRequest.of(0, limit));
	}

	@Transactional
	public Appointment update(long id, AppointmentDetails details) {
		Appointment appointment = get(id);
		checkRules(appointment.getSalesRepId(), details, id);
		boolean moved = !details.startAt().equals(appointment.getStartAt());
		if (moved && details.startAt().isBefore(this.clock.instant())) {
			throw new BusinessRuleException("appointment.in-past", "startAt");
		}
		appointment.apply(details);
		return appointment;
	}

	@Transactional
	public void delete(long id) {
		this.appointments.delete(get(id));
	}

	@Transactional
	public AppointmentRequest submitRequest(RequestDetails details) {
		return this.requests.save(new AppointmentRequest(details));
	}

	/** As {@link #submitRequest}, back-dated (demo data). */
	@Transactional
	public AppointmentRequest recordRequest(RequestDetails details, Instant createdAt) {
		this.access.requireManager();
		AppointmentRequest request = new AppointmentRequest(details);
		request.backdate(createdAt);
		return this.requests.save(request);
	}

	@Transactional(readOnly = true)
	public Page<AppointmentRequest> requests(AppointmentRequestStatus status, Pageable page) {
		this.access.requireManager();
		Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("createdAt", "id"));
		return (status != null) ? this.requests.findByStatus(status, sorted) : this.requests.findAll(sorted);
	}

	/**
	 * Gives a website request to a sales rep: books the rep's appointment with the given
	 * customer (already the requester's prospect or customer record) and marks the
	 * request assigned.
	 */
	@Transactional
	public Appointment assignRequest(long requestId, long salesRepId, AppointmentDetails details) {
		this.access.requireManager();
		AppointmentRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("appointment request", requestId));
		if (request.getStatus() != AppointmentRequestStatus.NEW) {
			throw new ConflictException("request-decided", Map.of("status", request.getStatus().name()));
		}
		checkRules(salesRepId, details, null);
		Appointment appointment = this.appointments.save(new Appointment(salesRepId, details, requestId));
		request.assign(managerId(), salesRepId, details.customerId(), this.clock.instant());
		return appointment;
	}

	@Transactional
	public AppointmentRequest rejectRequest(long requestId, String reason) {
		this.access.requireManager();
		AppointmentRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("appointment request", requestId));
		if (request.getStatus() != AppointmentRequestStatus.NEW) {
			throw new ConflictException("request-decided", Map.of("status", request.getStatus().name()));
		}
		request.reject(managerId(), reason, this.clock.instant());
		return request;
	}

	/**
	 * Erases a request (for example at the end of its retention period, or on the
	 * requester's demand).
	 */
	@Transactional
	public void deleteRequest(long requestId) {
		this.access.requireManager();
		this.requests.delete(this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("appointment request", requestId)));
	}

	private void checkRules(long salesRepId, AppointmentDetails details, Long exceptId) {
		try {
			Appointment.checkPeriod(details.startAt(), details.endAt());
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException(details.endAt().isAfter(details.startAt()) ? "appointment.too-long"
					: "appointment.end-before-start", "endAt");
		}
		Customer customer = this.customers.get(details.customerId());
		if (customer.getOwnerId() != salesRepId && !this.access.isManager()) {
			throw new NotFoundException("customer", details.customerId());
		}
		if (details.contactId() != null) {
			this.customers.contact(details.customerId(), details.contactId());
		}
		List<Appointment> overlapping = this.appointments.findOverlapping(salesRepId, details.startAt(),
				details.endAt(), exceptId);
		if (!overlapping.isEmpty()) {
			Appointment other = overlapping.get(0);
			throw new ConflictException("appointment-overlap", Map.of("conflictingAppointmentId", other.getId(),
					"conflictingStart", other.getStartAt(), "conflictingEnd", other.getEndAt()), other.getId());
		}
	}

	/** The deciding manager, or null when the server itself decides (demo data). */
	private Long managerId() {
		return this.access.currentCrmUser().map((user) -> user.id()).orElse(null);
	}

	private static long requireRep(Long salesRepId) {
		if (salesRepId == null) {
			throw new BusinessRuleException("appointment.rep-required", "salesRepId");
		}
		return salesRepId;
	}

}
